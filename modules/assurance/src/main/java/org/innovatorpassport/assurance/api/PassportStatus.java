package org.innovatorpassport.assurance.api;

/**
 * A passport's standing. Expiring means within 30 days of its expiry date, or covering organisation evidence
 * that its supplier has since replaced (its reason says so; it stays expiring until renewed or expired).
 */
public enum PassportStatus {
    ISSUED, EXPIRING, EXPIRED, SUSPENDED, REVOKED, SUPERSEDED;

    /** Whether a trust may rely on a passport in this status. */
    public boolean reliable() {
        return this == ISSUED || this == EXPIRING;
    }

    /**
     * Whether a passport in this status admits the action, whoever asks. Only a reliable passport is
     * relied on or suspended; a revoked one stays revoked; one that was replaced or revoked is never
     * renewed, but a lapsed or suspended one is, since renewal is how it comes back.
     */
    public boolean allows(PassportAction action) {
        return switch (action) {
            case RELY, SUSPEND -> reliable();
            case REVOKE -> this != REVOKED && this != SUPERSEDED;
            case RENEW -> this != REVOKED && this != SUPERSEDED;
        };
    }
}
