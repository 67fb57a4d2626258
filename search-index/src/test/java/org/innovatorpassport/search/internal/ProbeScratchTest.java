package org.innovatorpassport.search.internal;

import java.util.*;
import org.innovatorpassport.platform.api.*;
import org.innovatorpassport.search.api.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "probe", matches = "true")
class ProbeScratchTest {
    @Test
    void probe() throws Exception {
        ElasticsearchConnection c = new ElasticsearchConnection();
        c.urls = "http://127.0.0.1:9293"; c.prefix = "probe"; c.open();
        var client = c.client();
        try { client.indices().delete(d -> d.index("probe-listings-initial")); } catch (Exception e) { }
        try (var m = ListingsIndex.mapping()) { client.indices().create(x -> x.index("probe-listings-initial").withJson(m)); }
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index("probe-listings-initial").alias("probe-listings"))));
        UUID s1 = UUID.randomUUID(), s2 = UUID.randomUUID();
        index(c, s1, "BreatheWell", List.of("Asthma"), "An inhaler coach for asthma", "ISSUED", true, 3);
        index(c, s1, "GlucoTrack", List.of("Type 2 diabetes"), "Helps people with diabetes", "NONE", false, 0);
        index(c, s2, "LungFit", List.of("Chronic obstructive pulmonary disease"), "Pulmonary rehab at home", "ISSUED", true, 7);
        index(c, s2, "MindSpace", List.of("Mental health", "Anxiety"), "Talking therapy app for Sjögren", "NONE", false, 0);
        client.indices().refresh(r -> r.index("probe-listings"));
        ElasticsearchListingSearch search = new ElasticsearchListingSearch();
        search.elasticsearch = c;
        Caller trust = new Caller(UUID.randomUUID(), "t", "T", UUID.randomUUID(), "Trust", OrganisationKind.NHS_TRUST, Set.of(Roles.TRUST));
        Caller supplier = new Caller(UUID.randomUUID(), "s", "S", s1, "Sup", OrganisationKind.SUPPLIER, Set.of(Roles.SUPPLIER));
        Caller[] who = {trust};
        search.callers = () -> Optional.of(who[0]);
        for (String q : List.of("asthama", "inhalers", "T2DM", "copd", "MH", "sjogren", "diabetes", "")) {
            var r = search.search(ListingQuery.of(q));
            System.out.println("Q[" + q + "] " + r.total() + " " + r.hits().stream().map(h -> h.name() + h.highlights()).toList());
        }
        var r = search.search(new ListingQuery("", Map.of("passportStatus", List.of("ISSUED")), ListingSort.MOST_RELIED_ON, 0, 1, null));
        System.out.println("FACETS " + r.facets() + " next " + r.next() + " first " + r.hits().get(0).name());
        var r2 = search.search(new ListingQuery("", Map.of("passportStatus", List.of("ISSUED")), ListingSort.MOST_RELIED_ON, 0, 1, r.next()));
        System.out.println("PAGE2 " + r2.hits().stream().map(ListingHit::name).toList());
        who[0] = supplier;
        System.out.println("SUPPLIER " + search.search(ListingQuery.of("")).hits().stream().map(ListingHit::name).toList());
        System.out.println("SUGGEST supplier " + search.suggest("mi") + search.suggest("gluc") + search.suggest("lun"));
        who[0] = trust;
        System.out.println("SUGGEST trust " + search.suggest("mi") + search.suggest("astm"));
    }

    private static void index(ElasticsearchConnection c, UUID supplier, String name, List<String> conditions, String summary, String status,
                              boolean assured, int reliances) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        UUID id = UUID.randomUUID();
        doc.put("productId", id.toString()); doc.put("supplierId", supplier.toString()); doc.put("name", name);
        doc.put("supplierName", "Supplier " + supplier.toString().substring(0, 4)); doc.put("summary", summary); doc.put("intendedPurpose", summary);
        doc.put("conditions", conditions); doc.put("filter_conditions", conditions); doc.put("filter_passportStatus", status);
        doc.put("assured", assured); doc.put("relianceCount", reliances); doc.put("filter_niceTier", "B");
        doc.put("folded", ClinicalSynonyms.fold(name + " " + summary + " " + String.join(" ", conditions)));
        List<String> inputs = new ArrayList<>(conditions); inputs.add(name);
        doc.put("suggest", Map.of("input", inputs, "contexts", Map.of("audience", List.of(assured ? "assured" : "unassured", ListingDocuments.supplierContext(supplier)))));
        if (assured) { doc.put("assuredOn", "2026-01-0" + reliances % 9); doc.put("passportId", UUID.randomUUID().toString()); }
        c.client().index(i -> i.index("probe-listings").id(id.toString()).document(doc).version(ListingVersions.next())
                .versionType(co.elastic.clients.elasticsearch._types.VersionType.External).requireAlias(true));
    }
}
