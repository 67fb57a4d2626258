package org.innovatorpassport.platform.api;

/** The roles a user can hold; the names are what {@code @RolesAllowed} and the identity store use. */
public final class Roles {
    /** A user of a supplier organisation. */
    public static final String SUPPLIER = "supplier";
    /** The supplier user who administers its organisation and invites colleagues. */
    public static final String SUPPLIER_ADMIN = "supplier-admin";
    /** A reviewer at an assurance body. */
    public static final String ASSESSOR = "assessor";
    /** A user of an NHS trust. */
    public static final String TRUST = "trust";
    /** A member of a regional innovation board. */
    public static final String BOARD = "board";
    /** A platform administrator. */
    public static final String ADMIN = "admin";

    public static final java.util.List<String> ALL = java.util.List.of(SUPPLIER, SUPPLIER_ADMIN, ASSESSOR, TRUST, BOARD, ADMIN);

    private Roles() {
    }
}
