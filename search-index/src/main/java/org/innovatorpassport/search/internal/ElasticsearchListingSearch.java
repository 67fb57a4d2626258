package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.ListingHit;
import org.innovatorpassport.search.api.ListingResults;
import org.innovatorpassport.search.api.ListingSearch;
import org.innovatorpassport.search.api.SearchUnavailable;

/** Catalogue search: free text over the text fields, filters as terms, one terms aggregation per filter. */
@ApplicationScoped
class ElasticsearchListingSearch implements ListingSearch {

    @Inject
    ElasticsearchConnection elasticsearch;

    @Override
    @SuppressWarnings("unchecked")
    public ListingResults search(String text, Map<String, List<String>> filters, int from, int size) {
        for (String filter : filters.keySet()) {
            if (!FILTERS.contains(filter)) {
                throw Problem.invalid(filter, "There is no filter " + filter + "; use one of " + FILTERS);
            }
        }
        try {
            Query query = query(text, filters);
            Map<String, Aggregation> facets = new LinkedHashMap<>();
            FILTERS.forEach(f -> facets.put(f, Aggregation.of(a -> a.terms(t -> t.field("filter_" + f).size(50)))));
            SearchResponse<Map> response = elasticsearch.client().search(s -> s.index(elasticsearch.listingsAlias())
                    .query(query).from(from).size(size).aggregations(facets).sort(o -> o.score(sc -> sc))
                    .sort(o -> o.field(f -> f.field("name.sort"))), Map.class);
            List<ListingHit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<String, Object> d = hit.source();
                hits.add(new ListingHit(UUID.fromString((String) d.get("productId")), (String) d.get("name"), (String) d.get("version"),
                        (String) d.get("supplierName"), (String) d.get("summary"), (String) d.get("filter_niceTier"),
                        (String) d.get("filter_passportStatus"), (String) d.get("passportCode"), (String) d.get("passportExpiresOn")));
            }
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (String f : FILTERS) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (StringTermsBucket bucket : response.aggregations().get(f).sterms().buckets().array()) {
                    values.put(bucket.key().stringValue(), bucket.docCount());
                }
                counts.put(f, values);
            }
            return new ListingResults(response.hits().total() == null ? hits.size() : response.hits().total().value(), hits, counts);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500) {
                throw new SearchUnavailable(e);
            }
            throw e;
        }
    }

    static Query query(String text, Map<String, List<String>> filters) {
        return Query.of(q -> q.bool(b -> {
            if (text == null || text.isBlank()) {
                b.must(m -> m.matchAll(all -> all));
            } else {
                b.must(m -> m.multiMatch(mm -> mm.query(text.trim())
                        .fields("name^3", "supplierName^2", "conditions^2", "summary", "intendedPurpose")));
            }
            filters.forEach((filter, values) -> b.filter(f -> f.terms(t -> t.field("filter_" + filter)
                    .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
            return b;
        }));
    }
}
