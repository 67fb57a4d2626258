package org.innovatorpassport.search.api;

import java.util.List;
import java.util.Map;

/**
 * A catalogue search: free text (may be blank), filters keyed as in {@link ListingSearch#FILTERS}
 * (several filters mean AND, several values of one filter OR), an order, and a page: either
 * {@code from} (at most {@link ListingSearch#MAX_FROM}) or, for deep paging, {@code after}, the
 * {@link ListingResults#next()} cursor of the previous page.
 */
public record ListingQuery(String text, Map<String, List<String>> filters, ListingSort sort, int from, int size, String after) {

    public ListingQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? ListingSort.RELEVANCE : sort;
    }

    public static ListingQuery of(String text) {
        return new ListingQuery(text, Map.of(), ListingSort.RELEVANCE, 0, 20, null);
    }
}
