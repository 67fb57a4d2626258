package org.innovatorpassport.platform.api;

/** The kinds of organisation a user belongs to; each kind grants a different set of roles. */
public enum OrganisationKind {
    SUPPLIER, NHS_TRUST, REGIONAL_BOARD, ASSURANCE_BODY, PLATFORM;

    /** The role every user of an organisation of this kind holds. */
    public String baseRole() {
        return switch (this) {
            case SUPPLIER -> Roles.SUPPLIER;
            case NHS_TRUST -> Roles.TRUST;
            case REGIONAL_BOARD -> Roles.BOARD;
            case ASSURANCE_BODY -> Roles.ASSESSOR;
            case PLATFORM -> Roles.ADMIN;
        };
    }
}
