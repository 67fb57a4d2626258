package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored evidence document. Documents never change; a correction is a new version that supersedes. */
public record EvidenceView(UUID id, UUID supplierId, String type, String reference, String issuer, LocalDate issuedOn,
                           LocalDate expiresOn, String fileName, long sizeBytes, String sha256, int pageCount,
                           List<String> activeContent, int versionNumber, UUID supersedes, String uploadedBy,
                           Instant uploadedAt) {
}
