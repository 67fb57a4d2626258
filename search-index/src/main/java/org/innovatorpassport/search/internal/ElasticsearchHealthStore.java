package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.HealthStoreSearch;
import org.innovatorpassport.search.api.SearchUnavailable;
import org.innovatorpassport.search.api.StoreHit;
import org.innovatorpassport.search.api.StorePage;
import org.innovatorpassport.search.api.StoreResults;

/**
 * The Health Store in one request to Elasticsearch. What is in the store is a filter on fields the
 * outbox keeps current: admitted by the catalogue ({@code inStore}), passport reliable ({@code assured}),
 * and not past its expiry date, so a passport whose date has passed leaves the store even before the
 * nightly status job marks it expired. The condition and platform selections are post filters, so
 * each facet is counted under the other's selection. Results are paged with from and size, which
 * {@link StorePage} keeps within Elasticsearch's result window.
 */
@ApplicationScoped
class ElasticsearchHealthStore implements HealthStoreSearch {
    /** What a patient reads in a listing, and how much a match in each counts. */
    static final List<String> FIELDS = List.of("name^4", "conditions^3", "listing.whatItDoes^2", "summary^1.5", "listing.whoItIsFor",
            "listing.howToGetIt", "supplierName", "folded^0.5");

    @Inject
    ElasticsearchConnection elasticsearch;

    @Override
    @SuppressWarnings("unchecked")
    public StoreResults browse(String words, String condition, List<String> platforms, StorePage page) {
        String text = words == null ? "" : words.trim();
        if (text.length() > MAX_TEXT) {
            throw Problem.invalid("q", "The search must be " + MAX_TEXT + " characters or fewer");
        }
        String chosen = condition == null ? "" : condition.trim();
        List<String> on = platforms == null ? List.of() : platforms.stream().filter(p -> !p.isBlank()).distinct().toList();
        if (chosen.length() > MAX_CHOICE) {
            throw Problem.invalid("condition", "The condition must be " + MAX_CHOICE + " characters or fewer");
        }
        if (on.size() > MAX_PLATFORMS || on.stream().anyMatch(p -> p.length() > MAX_CHOICE)) {
            throw Problem.invalid("platform", "Choose at most " + MAX_PLATFORMS + " platforms, each named in "
                    + MAX_CHOICE + " characters or fewer");
        }
        Query conditionFilter = terms("filter_conditions", chosen.isEmpty() ? List.of() : List.of(chosen));
        Query platformFilter = terms("filter_platforms", on);
        try {
            SearchResponse<Map> response = elasticsearch.client().search(s -> s.index(elasticsearch.listingsAlias())
                    .query(query(text)).postFilter(f -> f.bool(b -> b.filter(conditionFilter, platformFilter)))
                    .aggregations("conditions", facet(platformFilter, "filter_conditions"))
                    .aggregations("platforms", facet(conditionFilter, "filter_platforms"))
                    .from(page.from()).size(StorePage.SIZE).trackTotalHits(t -> t.enabled(true))
                    .sort(SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc))),
                            SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc))),
                            // a total order, so that no listing is on two pages (two products may share a name)
                            SortOptions.of(o -> o.field(f -> f.field("productId").order(SortOrder.Asc)))),
                    Map.class);
            List<StoreHit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(hit(hit.source()));
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new StoreResults(text, chosen, on, total, hits, counts(response, "conditions", chosen.isEmpty() ? List.of() : List.of(chosen)),
                    counts(response, "platforms", on), page.number(), StorePage.pages(total));
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500) {
                throw new SearchUnavailable(e);
            }
            // What the visitor typed reached Elasticsearch and was refused: their request, not our failure.
            throw Problem.invalid("q", "The search could not be understood; try other words");
        }
    }

    static Query query(String text) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("inStore").value(true)));
            b.filter(f -> f.term(t -> t.field("assured").value(true)));
            b.filter(f -> f.range(r -> r.date(d -> d.field("passportExpiresOn").gte("now/d"))));
            if (!text.isBlank()) {
                b.must(ListingRequests.matching(text, FIELDS));
            }
            return b;
        }));
    }

    private static Query terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return Query.of(q -> q.matchAll(all -> all));
        }
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static Aggregation facet(Query others, String field) {
        return Aggregation.of(a -> a.filter(others).aggregations("values", v -> v.terms(t -> t.field(field).size(100))));
    }

    /** Counts by value, in alphabetical order whatever the case; a selected value stays on show. */
    private static Map<String, Long> counts(SearchResponse<Map> response, String facet, List<String> selected) {
        Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (StringTermsBucket bucket : response.aggregations().get(facet).filter().aggregations().get("values").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        selected.forEach(v -> counts.putIfAbsent(v, 0L));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static StoreHit hit(Map<String, Object> d) {
        Map<String, String> l = (Map<String, String>) d.getOrDefault("listing", Map.of());
        PatientListing listing = new PatientListing(l.get("whatItDoes"), l.get("whoItIsFor"), l.get("howToGetIt"), l.get("costToPatient"),
                l.get("dataUsed"), l.get("dataStorage"), l.get("accessibility"));
        String expires = (String) d.get("passportExpiresOn");
        return new StoreHit(UUID.fromString((String) d.get("productId")), (String) d.get("name"), (String) d.get("version"),
                (String) d.get("supplierName"), (List<String>) d.getOrDefault("conditions", List.of()),
                (List<String>) d.getOrDefault("filter_platforms", List.of()), listing, (String) d.get("passportCode"),
                (String) d.get("filter_passportStatus"), expires == null ? null : LocalDate.parse(expires));
    }
}
