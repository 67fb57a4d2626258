package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/**
 * A page of catalogue results, the total, and per facet the number of products with each value,
 * counted as if that facet's own selection were not made (so other values can be added to it).
 * {@code next} is the cursor of the next page, or null on the last.
 */
public record ListingResults(long total, List<ListingHit> hits, Map<String, Map<String, Long>> facets, String next) {
}
