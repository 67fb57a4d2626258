package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.search.api.ListingHit;
import org.innovatorpassport.search.api.ListingQuery;
import org.innovatorpassport.search.api.ListingResults;
import org.innovatorpassport.search.api.ListingSearch;
import org.innovatorpassport.search.api.SearchUnavailable;

/**
 * Catalogue search in one request to Elasticsearch: free text (with typo tolerance and clinical
 * synonyms) and the caller's visibility in the query; the facet selections in a post_filter, so
 * every facet is counted under the other facets' selections but not its own; highlights; and
 * search_after paging on a total order (sort keys, then product id).
 */
@ApplicationScoped
class ElasticsearchListingSearch implements ListingSearch {
    private static final List<String> HIGHLIGHTED = ListingRequests.HIGHLIGHTED;
    private static final String MATCH_START = ListingRequests.MATCH_START;
    private static final String MATCH_END = ListingRequests.MATCH_END;

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    Callers callers;

    @Override
    @SuppressWarnings("unchecked")
    public ListingResults search(ListingQuery request) {
        check(request);
        Optional<UUID> supplier = supplierOf(callers.required());
        List<FieldValue> after = request.after() == null || request.after().isBlank() ? null : SearchCursor.decode(request.after());
        try {
            SearchResponse<Map> response = elasticsearch.client().search(ListingRequests.search(elasticsearch.listingsAlias(), request,
                    supplier, after), Map.class);
            List<ListingHit> hits = new ArrayList<>();
            List<FieldValue> last = null;
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(hit(hit.source(), hit.highlight()));
                last = hit.sort();
            }
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (String facet : FILTERS) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (StringTermsBucket bucket : response.aggregations().get(facet).filter().aggregations().get("values")
                        .sterms().buckets().array()) {
                    values.put(bucket.key().stringValue(), bucket.docCount());
                }
                // A selected value stays on show, even when nothing matches it any more.
                request.filters().getOrDefault(facet, List.of()).forEach(v -> values.putIfAbsent(v, 0L));
                counts.put(facet, values);
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            String next = hits.size() == request.size() && last != null ? SearchCursor.encode(last) : null;
            return new ListingResults(total, hits, counts, next);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500) {
                throw new SearchUnavailable(e);
            }
            if (e.status() == 400 && after != null) {
                throw Problem.invalid("after", "This page link is not valid any more; start the search again");
            }
            throw e;
        }
    }

    @Override
    public Optional<ListingHit> product(UUID productId) {
        return visible(List.of(productId)).stream().findFirst();
    }

    @Override
    public List<ListingHit> compare(List<String> productIds) {
        List<String> chosen = productIds == null ? List.of() : productIds.stream().filter(id -> id != null && !id.isBlank())
                .map(String::trim).distinct().toList();
        if (chosen.size() < 2) {
            throw Problem.invalid("product", "Select two or three products to compare");
        }
        if (chosen.size() > MAX_COMPARED) {
            throw Problem.invalid("product", "Select up to " + MAX_COMPARED + " products to compare; you selected " + chosen.size());
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : chosen) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                throw Problem.invalid("product", "There is no product " + id + " to compare; select products from the search results");
            }
        }
        List<ListingHit> found = visible(ids);
        if (found.size() < ids.size()) {
            throw Problem.invalid("product", "One of the products you selected is not in the catalogue; select products from the search results");
        }
        return found;
    }

    /** The listings with these ids that the caller may see, in the order asked. */
    private List<ListingHit> visible(List<UUID> ids) {
        Optional<UUID> supplier = supplierOf(callers.required());
        Query query = Query.of(q -> q.bool(b -> b.must(ListingRequests.query(null, supplier))
                .filter(f -> f.ids(i -> i.values(ids.stream().map(UUID::toString).toList())))));
        try {
            SearchResponse<Map> response = elasticsearch.client().search(s -> s.index(elasticsearch.listingsAlias()).query(query)
                    .size(ids.size()), Map.class);
            Map<UUID, ListingHit> byId = new LinkedHashMap<>();
            for (Hit<Map> hit : response.hits().hits()) {
                ListingHit listing = hit(hit.source(), Map.of());
                byId.put(listing.productId(), listing);
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500) {
                throw new SearchUnavailable(e);
            }
            throw e;
        }
    }

    @Override
    public List<String> suggest(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > MAX_TEXT) {
            throw Problem.invalid("q", "The search must be " + MAX_TEXT + " characters or fewer");
        }
        Optional<UUID> supplier = supplierOf(callers.required());
        try {
            var response = elasticsearch.client().search(ListingRequests.suggest(elasticsearch.listingsAlias(), prefix, supplier), Void.class);
            Set<String> texts = new LinkedHashSet<>();
            response.suggest().get("listing").forEach(s -> s.completion().options().forEach(o -> texts.add(o.text())));
            return List.copyOf(texts);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500) {
                throw new SearchUnavailable(e);
            }
            throw e;
        }
    }

    private static void check(ListingQuery request) {
        for (String filter : request.filters().keySet()) {
            if (!FILTERS.contains(filter)) {
                throw Problem.invalid(filter, "There is no filter " + filter + "; use one of " + FILTERS);
            }
        }
        if (request.text() != null && request.text().length() > MAX_TEXT) {
            throw Problem.invalid("q", "The search must be " + MAX_TEXT + " characters or fewer");
        }
        if (request.size() < 1 || request.size() > MAX_SIZE) {
            throw Problem.invalid("size", "Ask for between 1 and " + MAX_SIZE + " results a page");
        }
        if (request.from() < 0 || request.from() > MAX_FROM) {
            throw Problem.invalid("from", "Only the first " + MAX_FROM + " results can be reached by position; page on with the next cursor");
        }
    }

    /** A supplier's own id, when the caller sees the catalogue as a supplier; empty for everyone who sees it all. */
    static Optional<UUID> supplierOf(Caller caller) {
        boolean seesAll = caller.hasRole(Roles.TRUST) || caller.hasRole(Roles.BOARD) || caller.hasRole(Roles.ASSESSOR)
                || caller.hasRole(Roles.ADMIN);
        if (seesAll && caller.organisationKind() != OrganisationKind.SUPPLIER) {
            return Optional.empty();
        }
        return Optional.of(caller.organisationId());
    }

    @SuppressWarnings("unchecked")
    private static ListingHit hit(Map<String, Object> d, Map<String, List<String>> highlight) {
        List<ListingHit.Highlight> highlights = new ArrayList<>();
        for (String field : HIGHLIGHTED) {
            for (String passage : highlight.getOrDefault(field, List.of())) {
                highlights.add(new ListingHit.Highlight(field, parts(passage)));
            }
        }
        Number reliances = (Number) d.getOrDefault("relianceCount", 0);
        Number adopting = (Number) d.getOrDefault("adoptionCount", 0);
        return new ListingHit(UUID.fromString((String) d.get("productId")), (String) d.get("name"), (String) d.get("version"),
                (String) d.get("supplierName"), (String) d.get("summary"), (String) d.get("filter_niceTier"),
                (String) d.get("filter_passportStatus"), (String) d.get("passportId"), (String) d.get("passportCode"), (String) d.get("passportExpiresOn"),
                Boolean.TRUE.equals(d.get("assured")), reliances == null ? 0 : reliances.longValue(), (String) d.get("assuredOn"),
                (List<String>) d.getOrDefault("conditions", List.of()), (List<String>) d.getOrDefault("filter_careSettings", List.of()),
                (String) d.get("filter_intendedUsers"), (String) d.get("filter_deviceClass"), highlights,
                (String) d.get("intendedPurpose"), (List<String>) d.getOrDefault("filter_platforms", List.of()),
                (List<String>) d.getOrDefault("filter_standards", List.of()), (List<String>) d.getOrDefault("filter_regions", List.of()),
                adopting == null ? 0 : adopting.longValue());
    }

    /** Cuts a highlighted passage at the match markers, so pages can mark matches without trusting any markup. */
    static List<ListingHit.Part> parts(String passage) {
        List<ListingHit.Part> parts = new ArrayList<>();
        int at = 0;
        while (at < passage.length()) {
            int start = passage.indexOf(MATCH_START, at);
            if (start < 0) {
                parts.add(new ListingHit.Part(passage.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new ListingHit.Part(passage.substring(at, start), false));
            }
            int end = passage.indexOf(MATCH_END, start);
            end = end < 0 ? passage.length() : end;
            parts.add(new ListingHit.Part(passage.substring(start + 1, end), true));
            at = end + 1;
        }
        return parts;
    }
}
