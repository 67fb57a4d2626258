package org.innovatorpassport.catalogue.api;

/**
 * What can be done with a product version. {@link ProductView#allowed()} says which of these the caller
 * may do now; pages and resources offer exactly those, and the catalogue refuses the rest.
 */
public enum ProductAction {
    /** Its supplier changes the details in place: only until a passport is issued for this version. */
    EDIT,
    /** Its supplier describes the next version, which carries the details over and is assessed on its own. */
    NEW_VERSION,
    /**
     * Its supplier changes the plain-English Health Store listing. Allowed under a passport: the listing
     * is how the product is described to the public, not part of what the passport vouches for.
     */
    EDIT_LISTING
}
