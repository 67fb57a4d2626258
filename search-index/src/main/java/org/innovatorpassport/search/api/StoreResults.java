package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/**
 * A Health Store search: what was asked, the listings that match (at most {@link HealthStoreSearch#MAX_SHOWN}
 * of {@code total}), and per condition and per platform how many listings each would give.
 */
public record StoreResults(String words, String condition, List<String> platforms, long total, List<StoreHit> hits,
                           Map<String, Long> conditions, Map<String, Long> platformCounts) {
}
