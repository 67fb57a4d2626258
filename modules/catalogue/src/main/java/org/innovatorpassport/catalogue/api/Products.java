package org.innovatorpassport.catalogue.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products of suppliers. Changes publish {@code catalogue.product-changed} through the outbox. */
public interface Products {
    String CHANGED_TOPIC = "catalogue.product-changed";

    ProductView create(UUID supplierId, ProductDetails details);

    /** A product with its Health Store listing at once, for loading a catalogue; no access check, like {@link #create}. */
    ProductView create(UUID supplierId, ProductDetails details, PatientListing listing);

    /** Changes a version in place (the caller's own product); {@code revision} must match or the answer is 409. */
    ProductView update(UUID productId, ProductDetails details, long revision);

    /** Writes or changes the Health Store listing of a version (its supplier; allowed under a passport). */
    ProductView describeListing(UUID productId, PatientListing listing);

    /** A new version is a new row in the same product line; the old version stays as it was. */
    ProductView newVersion(UUID productId, ProductDetails details);

    /** Any product, for other modules; no access check. */
    Optional<ProductView> find(UUID productId);

    /** Many products at once, for other modules' lists (one query, whatever their number); no access check. */
    Map<UUID, ProductView> find(Collection<UUID> productIds);

    /** A product as the caller may see it: a supplier sees only its own; others are "not found". */
    ProductView get(UUID productId);

    List<ProductView> ofSupplier(UUID supplierId);

    List<ProductView> versions(UUID lineId);

    /**
     * Up to {@code limit} product versions in id order, those after {@code after} (null for the first
     * page): a rebuild of the search index reads every version this way, a page at a time, so neither
     * memory nor a query grows with the catalogue.
     */
    List<ProductView> page(UUID after, int limit);
}
