package org.innovatorpassport.templates.api;

/** An assessor's decision on one answer. */
public enum Decision {
    /** The answer and its evidence meet the criterion. */
    MET,
    /** The answer or its evidence does not meet the criterion. */
    NOT_MET,
    /** The assessor has asked the supplier to clarify before deciding. */
    CLARIFICATION_NEEDED
}
