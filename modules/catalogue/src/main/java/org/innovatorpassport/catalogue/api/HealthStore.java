package org.innovatorpassport.catalogue.api;

import java.util.Optional;
import java.util.UUID;

/**
 * The public Health Store: patient-facing products whose passport can be relied on today and whose
 * supplier has written a plain-English listing. Public: no caller is needed.
 */
public interface HealthStore {

    /** Listings matching every word (blank: all) and the condition (blank: any). */
    StoreShelf browse(String words, String condition);

    /** One listing, while it is in the store. */
    Optional<StoreListing> listing(UUID productId);
}
