package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/**
 * Searching the catalogue. Filters are keyed by their name without the {@code filter_} prefix
 * (intendedUsers, careSettings, platforms, niceTier, deviceClass, standards, passportStatus);
 * several filters mean AND, several values of one filter mean OR.
 */
public interface ListingSearch {
    List<String> FILTERS = List.of("intendedUsers", "careSettings", "platforms", "niceTier", "deviceClass", "standards",
            "passportStatus");

    ListingResults search(String text, Map<String, List<String>> filters, int from, int size);
}
