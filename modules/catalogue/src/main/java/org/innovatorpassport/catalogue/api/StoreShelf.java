package org.innovatorpassport.catalogue.api;

import java.util.List;
import java.util.Map;

/**
 * What the Health Store shows for a search: the listings that match, and per condition the number of
 * listings matching the words (whatever condition is chosen), so a visitor can browse by condition.
 */
public record StoreShelf(String words, String condition, List<StoreListing> listings, Map<String, Long> conditions) {
}
