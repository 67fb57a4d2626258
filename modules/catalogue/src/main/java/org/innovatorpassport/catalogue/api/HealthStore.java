package org.innovatorpassport.catalogue.api;

import java.util.Optional;
import java.util.UUID;

/**
 * The public Health Store's publication rule: patient-facing products whose passport can be relied on
 * today and whose supplier has written a plain-English listing. Searching and browsing the store is
 * done on the search index ({@code search.api.HealthStoreSearch}), which asks {@link #admits} for each
 * listing it writes; one listing is read here, from PostgreSQL. Public: no caller is needed.
 */
public interface HealthStore {

    /** Whether the product may be in the store once its passport can be relied on: meant for patients, with a listing. */
    boolean admits(ProductView product);

    /** One listing, while it is in the store. */
    Optional<StoreListing> listing(UUID productId);
}
