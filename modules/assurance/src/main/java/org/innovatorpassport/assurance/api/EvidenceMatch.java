package org.innovatorpassport.assurance.api;

import java.util.UUID;

/** Where a search term appears in the text of a submission's evidence. */
public record EvidenceMatch(UUID evidenceId, String type, String fileName, String excerpt) {
}
