package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/** One thing that awaits the caller, on one submission (and criterion, for a conversation). */
public record AwaitingItem(UUID submissionId, String productName, String productVersion, String supplierName, Reason reason,
                           String criterionCode, Instant since) {

    /** Why it awaits the caller. */
    public enum Reason {
        /** Supplier: the assessor returned the submission for clarification. */
        RETURNED,
        /** Supplier: the assessor asked or followed up on a criterion. */
        QUESTION,
        /** Assessor: the submission waits for review. */
        REVIEW,
        /** Assessor: the supplier answered on a criterion. */
        ANSWER
    }
}
