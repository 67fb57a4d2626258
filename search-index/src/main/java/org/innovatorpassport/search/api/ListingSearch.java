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
            "standards", "platforms", "trustsRelying", "trustsAdopting", "regions");
    int MAX_SIZE = 50;
    /** Beyond this, page with the {@code after} cursor. */
    int MAX_FROM = 1000;
    int MAX_TEXT = 200;
    /** At most this many products side by side. */
    int MAX_COMPARED = 3;

    ListingResults search(ListingQuery query);

    /** The first form of this API: text and filters, by relevance, paged by position. */
    default ListingResults search(String text, java.util.Map<String, List<String>> filters, int from, int size) {
        return search(new ListingQuery(text, filters, ListingSort.RELEVANCE, from, size, null));
    }

    /** One product as the caller may see it; empty when it is not listed or not the caller's to see. */
    java.util.Optional<ListingHit> product(java.util.UUID productId);

    /**
     * Two or three products side by side, in the order given, as the caller may see them. Refused
     * (400, field {@code product}) when fewer than two or more than {@link #MAX_COMPARED} are chosen,
     * or when an id is not a product the caller may see.
     */
    List<ListingHit> compare(List<String> productIds);

    /** Type-ahead: product names, conditions and suppliers starting with the prefix (typos forgiven), at most ten. */
    List<String> suggest(String prefix);
}
