package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.SignedInPages;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trust search against the real Elasticsearch: forgiving text (typos, plurals, clinical synonyms),
 * multi-select facet counts, who sees what, the reliance count following a reliance, and the page.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    private static String unique() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static JsonObject details(String name, String summary, List<String> conditions, String niceTier, String platform) {
        var c = Json.createArrayBuilder();
        conditions.forEach(c::add);
        return Json.createObjectBuilder().add("name", name).add("version", "1.0").add("summary", summary)
                .add("intendedPurpose", "Supports people to manage their long-term condition at home.")
                .add("intendedUsers", "PATIENTS").add("careSettings", Json.createArrayBuilder().add("Community").add("Primary care"))
                .add("conditions", c).add("platforms", Json.createArrayBuilder().add(platform)).add("deviceClass", "CLASS_I")
                .add("marking", "UKCA").add("niceTier", niceTier).add("standards", Json.createArrayBuilder().add("NHS_LOGIN"))
                .add("pricingModel", "FREE").build();
    }

    private static String create(Http supplier, JsonObject details) {
        Reply reply = supplier.post("/api/products", details.toString());
        assertEquals(201, reply.status(), "creating a product: " + reply);
        return reply.json().getString("id");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aMisspeltConditionAPluralAndASynonymEachFindTheProduct() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        String word = unique();
        String id = create(supplier.http(), details(word + " Breathe Coach", "An inhaler technique coach for people with asthma.",
                List.of("Asthma", "Chronic obstructive pulmonary disease", "Type 2 diabetes"), "B", "IOS"));
        Http trust = Http.as(base, Demo.TRUST);
        JsonObject found = await(trust, "/api/catalogue?q=" + q("asthama " + word), r -> r.getInt("total") == 1);
        assertEquals(id, found.getJsonArray("hits").getJsonObject(0).getString("productId"), "a misspelt condition");
        assertEquals(1, await(trust, "/api/catalogue?q=" + q("inhalers " + word), r -> true).getInt("total"), "a plural");
        assertEquals(1, await(trust, "/api/catalogue?q=" + q("COPD " + word), r -> true).getInt("total"), "COPD means the disease spelled out");
        assertEquals(1, await(trust, "/api/catalogue?q=" + q("T2DM " + word), r -> true).getInt("total"), "T2DM means type 2 diabetes");
        JsonObject hit = trust.get("/api/catalogue?q=" + q("asthama " + word)).json().getJsonArray("hits").getJsonObject(0);
        assertTrue(hit.getJsonArray("highlights").stream().map(h -> h.asJsonObject().getJsonArray("parts"))
                .flatMap(p -> p.stream().map(x -> x.asJsonObject())).anyMatch(p -> p.getBoolean("match")
                        && p.getString("text").equalsIgnoreCase("asthma")), "the match is highlighted: " + hit);
        assertFalse(hit.getBoolean("assured"));
        assertEquals("NONE", hit.getString("passportStatus"));

        // other tests' products share the random words' first letters, and type-ahead forgives a typo or two,
        // so the product is among the suggestions rather than always first
        Reply suggested = trust.get("/api/catalogue/suggestions?q=" + q(word.substring(0, 10)));
        assertEquals(200, suggested.status(), suggested.body());
        assertTrue(suggested.array().stream().map(v -> ((jakarta.json.JsonString) v).getString()).anyMatch(s -> s.startsWith(word)),
                suggested.body());
    }

    @Test
    void facetsCountEveryValueOfASelectedFacetAndNarrowTheOthers() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        String word = unique();
        create(supplier.http(), details(word + " One", "First.", List.of("Asthma"), "A", "IOS"));
        create(supplier.http(), details(word + " Two", "Second.", List.of("Asthma"), "A", "ANDROID"));
        create(supplier.http(), details(word + " Three", "Third.", List.of("Eczema"), "B", "ANDROID"));
        Http trust = Http.as(base, Demo.TRUST);
        JsonObject all = await(trust, "/api/catalogue?q=" + word, r -> r.getInt("total") == 3);
        assertEquals(2, all.getJsonObject("facets").getJsonObject("conditions").getInt("Asthma"));
        assertEquals(1, all.getJsonObject("facets").getJsonObject("conditions").getInt("Eczema"));
        assertEquals(2, all.getJsonObject("facets").getJsonObject("niceTier").getInt("A"));

        JsonObject tierA = trust.get("/api/catalogue?q=" + word + "&niceTier=A").json();
        assertEquals(2, tierA.getInt("total"));
        assertEquals(1, tierA.getJsonObject("facets").getJsonObject("niceTier").getInt("B"), "the other tier keeps its count");
        assertEquals(1, tierA.getJsonObject("facets").getJsonObject("platforms").getInt("ANDROID"), "other facets are narrowed");
        assertEquals(3, trust.get("/api/catalogue?q=" + word + "&niceTier=A,B").json().getInt("total"), "values of one facet mean OR");
        assertEquals(1, trust.get("/api/catalogue?q=" + word + "&niceTier=A&platforms=ANDROID").json().getInt("total"), "facets mean AND");

        JsonObject first = trust.get("/api/catalogue?q=" + word + "&size=2&sort=most-relied-on").json();
        assertEquals(2, first.getJsonArray("hits").size());
        JsonObject second = trust.get("/api/catalogue?q=" + word + "&size=2&sort=most-relied-on&after=" + first.getString("next")).json();
        assertEquals(1, second.getJsonArray("hits").size(), "search_after reaches the rest");
        assertEquals(400, trust.get("/api/catalogue?q=" + word + "&sort=colour").status());
        assertEquals(400, trust.get("/api/catalogue?q=" + word + "&after=not-a-cursor!").status());
    }

    @Test
    void aSupplierSeesItsOwnAndAssuredProductsButNeverAnotherSuppliersUnassuredOnes() throws Exception {
        Suppliers.Supplier owner = Suppliers.register(base);
        Suppliers.Supplier other = Suppliers.register(base);
        String word = unique();
        create(owner.http(), details(word + " Draft", "Not assured yet.", List.of("Asthma"), "B", "IOS"));
        await(Http.as(base, Demo.TRUST), "/api/catalogue?q=" + word, r -> r.getInt("total") == 1);
        assertEquals(1, owner.http().get("/api/catalogue?q=" + word).json().getInt("total"), "its own, unassured");
        assertEquals(0, other.http().get("/api/catalogue?q=" + word).json().getInt("total"), "another supplier's unassured product");
        assertEquals(1, Http.as(base, Demo.BOARD).get("/api/catalogue?q=" + word).json().getInt("total"));
        assertEquals(1, Http.as(base, Demo.ASSESSOR).get("/api/catalogue?q=" + word).json().getInt("total"));
        assertEquals(List.of(), other.http().get("/api/catalogue/suggestions?q=" + word.substring(0, 8)).array().stream()
                .map(Object::toString).toList(), "nor in its suggestions");
        // a third supplier's product with a passport of its own: the demo data may change, this test's own passport does not
        JsonObject passport = IssuedPassports.issue(base).passport();
        JsonObject assured = await(other.http(), "/api/catalogue?q=" + q(passport.getString("productName"))
                + "&passportStatus=ISSUED,EXPIRING", r -> r.getInt("total") >= 1);
        assertTrue(assured.getJsonArray("hits").getJsonObject(0).getBoolean("assured"), "others' assured products are seen");
    }

    @Test
    void theRelianceCountFollowsANewReliance() throws Exception {
        IssuedPassports.Issued issued = IssuedPassports.issue(base);
        String productId = issued.passport().getString("productId");
        String path = "/api/catalogue?size=50&q=" + q(issued.passport().getString("productName")) + "&passportStatus=ISSUED";
        Http trust = Http.as(base, Demo.TRUST);
        JsonObject before = hitOf(await(trust, path, r -> hitOf(r, productId) != null), productId);
        assertEquals(0, before.getInt("relianceCount"));
        assertTrue(before.getBoolean("assured"));
        Reply relied = trust.post("/api/passports/" + issued.id() + "/reliances", null);
        assertTrue(relied.status() == 200 || relied.status() == 201, relied.toString());
        await(trust, path, r -> hitOf(r, productId) != null && hitOf(r, productId).getInt("relianceCount") == 1);
    }

    @Test
    void regionsAndAdoptingTrustsAreFacetsThatFollowReliancesAndAdoptions() throws Exception {
        IssuedPassports.Issued issued = IssuedPassports.issue(base);
        String productId = issued.passport().getString("productId");
        String path = "/api/catalogue?size=50&q=" + q(issued.passport().getString("productName")) + "&passportStatus=ISSUED";
        Http trust = Http.as(base, Demo.TRUST);
        JsonObject before = hitOf(await(trust, path, r -> hitOf(r, productId) != null), productId);
        assertEquals(0, before.getJsonArray("regions").size(), "nobody relies on it or uses it yet");
        Reply relied = trust.post("/api/passports/" + issued.id() + "/reliances", null);
        assertTrue(relied.status() == 200 || relied.status() == 201, relied.toString());
        // the Reading trust sits on the Thames Valley board: its region is the board's
        JsonObject after = await(trust, path, r -> hitOf(r, productId) != null
                && hitOf(r, productId).getJsonArray("regions").toString().contains("Thames Valley"));
        assertTrue(after.getJsonObject("facets").getJsonObject("regions").getInt("Thames Valley") >= 1, after.toString());
        assertTrue(hitOf(trust.get(path + "&regions=" + q("Thames Valley")).json(), productId) != null, "regions filter");
        assertEquals(null, hitOf(trust.get(path + "&regions=" + q("Nowhere")).json(), productId));

        // the demo's BreatheWell is adopted by the Reading trust
        JsonObject adopted = await(trust, "/api/catalogue?q=BreatheWell&trustsAdopting=1-4", r -> r.getJsonArray("hits").stream()
                .anyMatch(h -> h.asJsonObject().getString("name").equals("BreatheWell")));
        JsonObject breatheWell = adopted.getJsonArray("hits").stream().map(h -> h.asJsonObject())
                .filter(h -> h.getString("name").equals("BreatheWell")).findFirst().orElseThrow();
        assertTrue(breatheWell.getInt("trustsAdopting") >= 1, breatheWell.toString());
        assertTrue(adopted.getJsonObject("facets").getJsonObject("trustsAdopting").containsKey("1-4"), adopted.toString());
    }

    private static JsonObject hitOf(JsonObject results, String productId) {
        return results.getJsonArray("hits").stream().map(h -> h.asJsonObject())
                .filter(h -> h.getString("productId").equals(productId)).findFirst().orElse(null);
    }

    @Test
    void theSearchPageWorksWithoutJavaScript() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        String word = unique();
        create(supplier.http(), details(word + " Puffer", "An inhaler reminder.", List.of("Asthma"), "B", "IOS"));
        await(Http.as(base, Demo.TRUST), "/api/catalogue?q=" + word, r -> r.getInt("total") == 1);
        SignedInPages pages = SignedInPages.as(base, Demo.TRUST);
        Document page = pages.open("/catalogue?q=" + q("asthama " + word));
        assertEquals("1 product found", page.selectFirst("#result-count").text());
        assertTrue(page.selectFirst("#results .listing").text().contains(word + " Puffer"));
        assertEquals("Not assured: no passport", page.selectFirst("#results .nhsuk-tag").text());
        assertNotNull(page.selectFirst(".highlight mark"), "the match is marked");
        assertNotNull(page.selectFirst("input[name=conditions][value=Asthma]"), "facets are checkboxes of the same GET form");
        Document narrowed = pages.open("/catalogue?q=" + word + "&conditions=Asthma&sort=recently-assured");
        assertEquals("1 product found", narrowed.selectFirst("#result-count").text());
        assertTrue(narrowed.selectFirst("input[name=conditions][value=Asthma]").hasAttr("checked"));
        Document none = pages.open("/catalogue?q=" + word + "&conditions=Eczema");
        assertEquals("0 products found", none.selectFirst("#result-count").text());
        assertNotNull(none.selectFirst("input[name=conditions][value=Eczema][checked]"), "a selected value stays on show");
    }

    static JsonObject await(Http http, String path, Predicate<JsonObject> done) throws InterruptedException {
        JsonObject last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            Reply reply = http.get(path);
            assertEquals(200, reply.status(), reply.body());
            last = reply.json();
            if (last.getInt("total") > 0 && done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no answer as expected for " + path + ", last " + last);
    }
}
