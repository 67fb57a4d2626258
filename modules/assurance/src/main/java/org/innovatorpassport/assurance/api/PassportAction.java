package org.innovatorpassport.assurance.api;

/**
 * What can be done with a passport. {@link PassportView#allowed()} says which of these the caller may
 * do now; pages and resources offer exactly those, and the module refuses the rest.
 */
public enum PassportAction {
    /** A trust relies on it instead of repeating the assessment. */
    RELY,
    /** The issuing assurance body suspends it for a while. */
    SUSPEND,
    /** The issuing assurance body withdraws it for good. */
    REVOKE,
    /** The supplier starts a renewal that carries every answer over. */
    RENEW
}
