package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.util.NamedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.search.api.ListingQuery;
import org.innovatorpassport.search.api.ListingSearch;
import org.innovatorpassport.search.api.ListingSort;

/**
 * The requests catalogue search sends to Elasticsearch, built in one place so that the search
 * benchmark can send the very same body straight to Elasticsearch as its baseline ({@link #json}).
 */
public final class ListingRequests {
    /** Where the search text is looked for, and how much a match in each field counts. */
    static final List<String> FIELDS = List.of("name^4", "conditions^3", "supplierName^2", "summary^1.5", "intendedPurpose", "folded^0.5");
    static final List<String> HIGHLIGHTED = List.of("name", "conditions", "summary", "intendedPurpose");
    static final String MATCH_START = "\uE000";
    static final String MATCH_END = "\uE001";
    private static final ClinicalSynonyms SYNONYMS = ClinicalSynonyms.load();
    /**
     * The parts of a listing a result shows (see ElasticsearchListingSearch.hit): the folded copy, the
     * suggestions and the patient listing stay in Elasticsearch, a third less to send and read per result.
     */
    static final List<String> SHOWN = List.of("productId", "name", "version", "supplierName", "summary", "intendedPurpose",
            "conditions", "assured", "relianceCount", "adoptionCount", "assuredOn", "passportId", "passportCode", "passportExpiresOn",
            "filter_niceTier", "filter_passportStatus", "filter_careSettings", "filter_intendedUsers", "filter_deviceClass",
            "filter_platforms", "filter_standards", "filter_regions");

    private ListingRequests() {
    }

    /**
     * One search: free text and the caller's visibility in the query; the facet selections in a
     * post_filter, so every facet is counted under the other facets' selections but not its own;
     * highlights; a page by position or after a cursor.
     */
    public static SearchRequest search(String index, ListingQuery request, Optional<UUID> supplier, List<FieldValue> after) {
        Query query = query(request.text(), supplier);
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        for (String facet : ListingSearch.FILTERS) {
            Query others = filters(request.filters(), facet);
            facets.put(facet, Aggregation.of(a -> a.filter(others)
                    .aggregations("values", v -> v.terms(t -> t.field("filter_" + facet).size(50)))));
        }
        boolean text = request.text() != null && !request.text().isBlank();
        return SearchRequest.of(s -> {
            s.index(index).query(query).postFilter(filters(request.filters(), null)).source(src -> src.filter(f -> f.includes(SHOWN)))
                    .aggregations(facets).size(request.size()).sort(sort(request.sort())).trackTotalHits(t -> t.enabled(true));
            if (text) {
                s.highlight(highlight(request.text()));
            }
            if (after != null) {
                s.searchAfter(after);
            } else {
                s.from(request.from());
            }
            return s;
        });
    }

    /**
     * Marks the search's words in the shown fields. The highlighter is given its own query, the text
     * alone (typos still forgiven; synonyms come from the fields' search analyzer) on just those
     * fields: left to the whole search query, with its folded copy and synonym clauses, it took half
     * of a search's time in Elasticsearch (about 10 of 20 ms on 5,000 listings).
     */
    static Highlight highlight(String text) {
        Query words = Query.of(q -> q.multiMatch(mm -> mm.query(text.trim()).fields(HIGHLIGHTED).fuzziness("AUTO").prefixLength(2)
                .maxExpansions(10)));
        return Highlight.of(h -> h.preTags(MATCH_START).postTags(MATCH_END).requireFieldMatch(false).highlightQuery(words)
                .fields(HIGHLIGHTED.stream().map(f -> NamedValue.of(f, HighlightField.of(hf -> hf
                        .numberOfFragments(f.equals("name") || f.equals("conditions") ? 0 : 1).fragmentSize(160))))
                        .toList()));
    }

    /** Type-ahead: completions from the names, conditions and suppliers of the listings the caller may see. */
    public static SearchRequest suggest(String index, String prefix, Optional<UUID> supplier) {
        List<String> audience = supplier.map(s -> List.of(ListingDocuments.ASSURED, ListingDocuments.supplierContext(s)))
                .orElse(List.of(ListingDocuments.ASSURED, ListingDocuments.UNASSURED));
        List<CompletionContext> contexts = audience.stream().map(a -> CompletionContext.of(c -> c.context(x -> x.category(a)))).toList();
        return SearchRequest.of(s -> s.index(index).source(src -> src.fetch(false))
                .suggest(g -> g.suggesters("listing", f -> f.prefix(prefix.trim()).completion(c -> c.field("suggest").size(10)
                        .skipDuplicates(true).contexts("audience", contexts)
                        .fuzzy(z -> z.fuzziness("AUTO").prefixLength(1))))));
    }

    /** The body Elasticsearch receives for a request. */
    public static String json(SearchRequest request) {
        return JsonpUtils.toJsonString(request, ElasticsearchConnection.MAPPER);
    }

    static Query query(String text, Optional<UUID> supplier) {
        return Query.of(q -> q.bool(b -> {
            if (text == null || text.isBlank()) {
                b.must(m -> m.matchAll(all -> all));
            } else {
                b.must(matching(text, FIELDS));
            }
            supplier.ifPresent(own -> b.filter(f -> f.bool(v -> v
                    .should(s -> s.term(t -> t.field("supplierId").value(own.toString())))
                    .should(s -> s.term(t -> t.field("assured").value(true)))
                    .minimumShouldMatch("1"))));
            return b;
        }));
    }

    /**
     * The search text in any of the fields, as written, with accents folded, or as a clinical synonym.
     * The fields include the folded copy of a listing's text, the one field that holds them all: it
     * lets the words of a search ("asthama breathewell") match across the fields they are in.
     */
    static Query matching(String text, List<String> fields) {
        return Query.of(q -> q.bool(any -> {
            any.should(textQuery(text.trim(), fields, 1.0f));
            String folded = ClinicalSynonyms.fold(text);
            if (!folded.equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
                any.should(textQuery(folded, fields, 0.9f));
            }
            for (String alternative : SYNONYMS.alternatives(text)) {
                any.should(synonymQuery(alternative, 0.8f));
            }
            return any.minimumShouldMatch("1");
        }));
    }

    /**
     * Matches in any field, forgiving a typo or two in longer words ("asthama"); with three or more
     * words a quarter of them may be missing. The first two letters must be right and each word
     * tries at most ten near spellings: fuzzy matching is most of a search's cost.
     */
    private static Query textQuery(String text, List<String> fields, float boost) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(fields).type(TextQueryType.BestFields)
                .fuzziness("AUTO").prefixLength(2).maxExpansions(10).minimumShouldMatch("2<-25%").boost(boost)));
    }

    /**
     * A synonym of the query, matched exactly in the folded copy of every text field: the index's own
     * synonym filter (the passport-analysis plugin) already covers the analysed fields, and this
     * keeps synonyms working, cheaply, on a cluster without it.
     */
    private static Query synonymQuery(String text, float boost) {
        return Query.of(q -> q.match(m -> m.field("folded").query(text).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)
                .boost(boost)));
    }

    /** Every facet selection but {@code except}'s, as one filter. */
    static Query filters(Map<String, List<String>> filters, String except) {
        return Query.of(q -> q.bool(b -> {
            filters.forEach((filter, values) -> {
                if (!filter.equals(except) && !values.isEmpty()) {
                    b.filter(f -> f.terms(t -> t.field("filter_" + filter)
                            .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
                }
            });
            return b;
        }));
    }

    static List<SortOptions> sort(ListingSort sort) {
        SortOptions score = SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
        SortOptions relied = SortOptions.of(o -> o.field(f -> f.field("relianceCount").order(SortOrder.Desc).missing("_last")));
        SortOptions assured = SortOptions.of(o -> o.field(f -> f.field("assuredOn").order(SortOrder.Desc).missing("_last")));
        SortOptions id = SortOptions.of(o -> o.field(f -> f.field("productId").order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(score, relied, id);
            case MOST_RELIED_ON -> List.of(relied, score, id);
            case RECENTLY_ASSURED -> List.of(assured, score, id);
        };
    }
}
