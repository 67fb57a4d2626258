package org.innovatorpassport.onboarding.api;

/** The shapes of the identifiers a supplier gives; the registers themselves are the authority. */
public final class SupplierIdentifiers {
    /** Companies House: two digits or two letters, then six digits. */
    public static final String COMPANIES_HOUSE = "^([0-9]{2}|[A-Za-z]{2})[0-9]{6}$";
    /** ICO data protection register, e.g. ZA123456. */
    public static final String ICO = "^[A-Za-z]{1,2}[0-9]{6,8}$";
    /** ODS code, e.g. 8HA03. */
    public static final String ODS = "^[A-Za-z0-9]{3,6}$";

    private SupplierIdentifiers() {
    }
}
