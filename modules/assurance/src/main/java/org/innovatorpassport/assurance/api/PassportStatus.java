package org.innovatorpassport.assurance.api;

/** A passport's standing. Expiring means within 30 days of its expiry date. */
public enum PassportStatus {
    ISSUED, EXPIRING, EXPIRED, SUSPENDED, REVOKED, SUPERSEDED;

    /** Whether a trust may rely on a passport in this status. */
    public boolean reliable() {
        return this == ISSUED || this == EXPIRING;
    }
}
