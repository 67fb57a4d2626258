package org.innovatorpassport.assurance.api;

/**
 * Where a submission is: being written, waiting for review, sent back for clarification, done, or
 * withdrawn by its supplier before a decision (then kept, read-only, with its decision history).
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, PASSPORT_ISSUED, WITHDRAWN;

    /**
     * Whether a submission in this status admits the action, whoever asks: the supplier works on a
     * draft or a returned submission; an assessor works on a submitted one.
     */
    public boolean allows(SubmissionAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> this == DRAFT || this == RETURNED;
            case DECIDE, RETURN, ISSUE_PASSPORT -> this == SUBMITTED;
            case WITHDRAW -> this == SUBMITTED || this == RETURNED;
        };
    }
}
