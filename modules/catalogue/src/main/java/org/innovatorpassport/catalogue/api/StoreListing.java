package org.innovatorpassport.catalogue.api;

/** One product in the Health Store: the version, its plain-English listing, and its passport. */
public record StoreListing(ProductView product, PassportStanding passport) {

    public PatientListing listing() {
        return product.listing();
    }
}
