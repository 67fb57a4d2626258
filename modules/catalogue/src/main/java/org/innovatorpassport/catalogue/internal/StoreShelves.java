package org.innovatorpassport.catalogue.internal;

import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.ProductView;

/**
 * The Health Store's publication rule. A product is in the store when it is meant for patients (not
 * for clinicians only), its supplier has written a plain-English listing, and its passport can be
 * relied on today.
 */
final class StoreShelves {

    private StoreShelves() {
    }

    static boolean admits(ProductView product) {
        return product.listing() != null && product.details().intendedUsers() != IntendedUsers.CLINICIANS;
    }

    static boolean listed(ProductView product, PassportStanding passport) {
        return passport != null && admits(product);
    }
}
