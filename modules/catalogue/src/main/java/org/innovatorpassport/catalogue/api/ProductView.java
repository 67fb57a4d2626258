package org.innovatorpassport.catalogue.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One product version. {@code lineId} is shared by every version of the same product;
 * {@code revision} is the optimistic-lock version a change must quote; {@code passported} says a
 * passport was issued for this version, which fixes its details; {@code allowed} is what the caller may
 * do with it now; {@code listing} is its Health Store wording, null until its supplier writes it.
 */
public record ProductView(UUID id, UUID lineId, UUID supplierId, ProductDetails details, PatientListing listing, Instant createdAt,
                          Instant updatedAt, long revision, boolean passported, Set<ProductAction> allowed) {

    public boolean allows(ProductAction action) {
        return allowed.contains(action);
    }
}
