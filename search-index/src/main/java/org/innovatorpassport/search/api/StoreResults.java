package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/**
 * A Health Store search: what was asked, one page of the listings that match ({@link StorePage#SIZE} a page
 * of {@code total}; a page past the last has none), per condition and per platform how many listings each
 * would give, which page this is (from 1) and how many pages there are (at most {@link StorePage#MAX}).
 */
public record StoreResults(String words, String condition, List<String> platforms, long total, List<StoreHit> hits,
                           Map<String, Long> conditions, Map<String, Long> platformCounts, int page, int pages) {
}
