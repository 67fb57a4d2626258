package org.innovatorpassport.assurance.internal.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.innovatorpassport.assurance.api.SubmissionStatus;

/** Facts the review conversation shares: when a submission is open to it, and reading native query times. */
final class InReview {

    private InReview() {
    }

    /**
     * A conversation and an assignment need a submission that is with the assessor or back with the
     * supplier; a draft has not been sent, and a decided or withdrawn one is kept read-only.
     */
    static boolean open(SubmissionStatus status) {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.RETURNED;
    }

    static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof java.time.LocalDateTime local) {
            // timestamptz read without its zone is in the session's zone, which the stack keeps at UTC
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) column;
    }
}
