package org.innovatorpassport.catalogue.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One product version. {@code lineId} is shared by every version of the same product;
 * {@code revision} is the optimistic-lock version a change must quote.
 */
public record ProductView(UUID id, UUID lineId, UUID supplierId, ProductDetails details, Instant createdAt,
                          Instant updatedAt, long revision) {
}
