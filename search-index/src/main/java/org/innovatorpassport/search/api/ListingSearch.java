package org.innovatorpassport.search.api;

import java.util.List;

/**
 * Searching the catalogue as the signed-in caller may see it: trusts, boards, assessors and
 * administrators see every listed product with its passport status; a supplier sees its own products
 * and the assured products of others, never another supplier's unassured ones.
 */
public interface ListingSearch {
    /** The facets, in the order pages show them; each is also a filter. */
    List<String> FILTERS = List.of("conditions", "careSettings", "intendedUsers", "passportStatus", "niceTier", "deviceClass",
            "standards", "platforms", "trustsRelying");
    int MAX_SIZE = 50;
    /** Beyond this, page with the {@code after} cursor. */
    int MAX_FROM = 1000;
    int MAX_TEXT = 200;

    ListingResults search(ListingQuery query);

    /** The first form of this API: text and filters, by relevance, paged by position. */
    default ListingResults search(String text, java.util.Map<String, List<String>> filters, int from, int size) {
        return search(new ListingQuery(text, filters, ListingSort.RELEVANCE, from, size, null));
    }

    /** Type-ahead: product names, conditions and suppliers starting with the prefix (typos forgiven), at most ten. */
    List<String> suggest(String prefix);
}
