package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/** One message of a clarification thread: who wrote it, on which side, and the document it points at if any. */
public record ClarificationMessage(UUID id, Side side, String by, String text, UUID evidenceId, String evidenceFileName,
                                   Instant at) {

    /** Who is speaking: the assessor asks and follows up, the supplier answers. */
    public enum Side { ASSESSOR, SUPPLIER }
}
