package org.innovatorpassport.assurance.api;

/**
 * What can be done with a submission. {@link SubmissionView#allowed()} says which of these the caller
 * may do now; pages and resources offer exactly those, and the module refuses the rest.
 */
public enum SubmissionAction {
    /** The supplier changes answers and evidence. */
    EDIT,
    /** The supplier sends it for assessment. */
    SUBMIT,
    /** An assessor decides a criterion. */
    DECIDE,
    /** An assessor returns it for clarification. */
    RETURN,
    /** An assessor issues its passport (only when the pass rule holds). */
    ISSUE_PASSPORT,
    /** The supplier withdraws it from assessment before a decision; it is read-only from then on. */
    WITHDRAW
}
