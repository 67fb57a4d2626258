package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/** A page of catalogue results, the total, and per filter the number of products with each value. */
public record ListingResults(long total, List<ListingHit> hits, Map<String, Map<String, Long>> facets) {
}
