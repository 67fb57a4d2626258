package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.it.assurance.IssuedPassports.Issued;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.innovatorpassport.search.api.HealthStoreSearch;
import org.innovatorpassport.search.api.StorePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The public Health Store lists a patient-facing product while its passport can be relied on, with the
 * plain-English listing its supplier wrote (even under the passport), and drops it within five seconds
 * of the passport being suspended, revoked or expiring. Clinician-only products never appear.
 */
@ExtendWith(ArquillianExtension.class)
class HealthStoreIT {
    private static final long FIVE_SECONDS_MS = 5_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aListingLeavesTheStoreWithinFiveSecondsOfItsPassportBeingSuspended() {
        Listed listed = listedProduct();
        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + listed.issued().id() + "/suspension",
                "{\"reason\":\"Penetration test finding not remediated\"}");
        assertEquals(200, suspended.status(), suspended.body());
        assertGoneWithinFiveSeconds(listed, "suspended");
    }

    @Test
    void aListingLeavesTheStoreWithinFiveSecondsOfItsPassportBeingRevoked() {
        Listed listed = listedProduct();
        Reply revoked = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + listed.issued().id() + "/revocation",
                "{\"reason\":\"Clinical safety case withdrawn\"}");
        assertEquals(200, revoked.status(), revoked.body());
        assertGoneWithinFiveSeconds(listed, "revoked");
    }

    @Test
    void aListingLeavesTheStoreWithinFiveSecondsOfItsPassportExpiring() throws Exception {
        Listed listed = listedProduct();
        // Its evidence lapsed yesterday: the listing page (read from PostgreSQL) drops it at once, and the
        // status job that marks it expired sends the change through the outbox to the index the store reads.
        database("update assurance.passport set expires_on = current_date - 1 where id = ?", listed.issued().id());
        assertEquals(404, Http.anonymous(base).get("/health-store/products/" + listed.productId()).status());
        assertEquals(200, Http.as(base, Demo.ADMIN).post("/api/admin/passport-statuses", "").status());
        assertGoneWithinFiveSeconds(listed, "expired");
    }

    @Test
    void theStoreForgivesTyposAndPluralsAndKnowsClinicalSynonyms() {
        assertFinds("asthama", "Asthma");
        assertFinds("inhalers", "Asthma");
        assertFinds("T2DM", "Type 2 diabetes");
        JsonObject api = Http.anonymous(base).get("/api/health-store?q=asthama").json();
        assertTrue(api.getJsonNumber("total").longValue() >= 1, api.toString());
        JsonObject first = api.getJsonArray("hits").getJsonObject(0);
        assertTrue(first.getJsonObject("listing").getString("whatItDoes").length() > 0, first.toString());
        assertTrue(first.getJsonArray("conditions").toString().contains("Asthma"), first.toString());
        Document byCondition = Jsoup.parse(Http.anonymous(base).get("/health-store?condition=Asthma&platform=IOS").body());
        assertTrue(byCondition.getElementById("results").text().endsWith("for Asthma"), byCondition.getElementById("results").text());
        assertTrue(byCondition.select("input[name=platform][value=IOS]").hasAttr("checked"), "the platform filter is kept");
    }

    @Test
    void aSearchNoPersonWouldMakeIsRefusedNotFailed() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= HealthStoreSearch.MAX_PLATFORMS; i++) {
            many.append("&platform=P").append(i);
        }
        assertEquals(400, Http.anonymous(base).get("/api/health-store?q=asthma" + many).status());
        assertEquals(400, Http.anonymous(base).get("/api/health-store?condition=" + "a".repeat(101)).status());
        assertEquals(400, Http.anonymous(base).get("/health-store?platform=" + "b".repeat(101)).status());
    }

    @Test
    void theStoreIsShownTwentyListingsAPage() throws Exception {
        // The demo catalogue lists a couple more than a page once the outbox has filled the index after start.
        JsonObject first = Http.anonymous(base).get("/api/health-store").json();
        for (int second = 0; second < 60 && first.getJsonNumber("total").longValue() <= StorePage.SIZE; second++) {
            Thread.sleep(1000);
            first = Http.anonymous(base).get("/api/health-store").json();
        }
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total > StorePage.SIZE, "more than a page of demo listings: " + total);
        int pages = (int) ((total + StorePage.SIZE - 1) / StorePage.SIZE);
        assertEquals(1, first.getInt("page"));
        assertEquals(pages, first.getInt("pages"));
        assertEquals(StorePage.SIZE, first.getJsonArray("hits").size());

        JsonObject second = Http.anonymous(base).get("/api/health-store?page=2").json();
        assertEquals(total, second.getJsonNumber("total").longValue(), "the total does not change from page to page");
        assertEquals(2, second.getInt("page"));
        assertEquals(Math.min(StorePage.SIZE, total - StorePage.SIZE), second.getJsonArray("hits").size());
        Set<String> onFirst = ids(first);
        Set<String> onSecond = ids(second);
        assertEquals(StorePage.SIZE, onFirst.size());
        assertTrue(onSecond.stream().noneMatch(onFirst::contains), "no listing on two pages: " + onFirst + " " + onSecond);

        JsonObject past = Http.anonymous(base).get("/api/health-store?page=" + (pages + 1)).json();
        assertEquals(total, past.getJsonNumber("total").longValue());
        assertTrue(past.getJsonArray("hits").isEmpty(), past.toString());

        Document page = Jsoup.parse(Http.anonymous(base).get("/health-store?page=2").body());
        assertEquals("Showing 21 to " + Math.min(40, total) + " of " + total, page.getElementById("showing").text());
        assertEquals("/health-store?page=1", page.selectFirst(".nhsuk-pagination__link--prev").attr("href"));
        Document opening = Jsoup.parse(Http.anonymous(base).get("/health-store").body());
        assertEquals(StorePage.SIZE, opening.select(".nhsuk-card h3 a").size());
        assertEquals("/health-store?page=2", opening.selectFirst(".nhsuk-pagination__link--next").attr("href"));
    }

    @Test
    void aPageThatIsNotAWholeNumberInRangeIsRefusedNotFailed() {
        for (String page : List.of("0", "-3", "abc", "2.5", String.valueOf(StorePage.MAX + 1))) {
            JsonObject problem = Problems.assertValidationProblem(Http.anonymous(base).get("/api/health-store?q=asthma&page=" + page));
            assertEquals("page", problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
            Reply shown = Http.anonymous(base).get("/health-store?q=asthma&page=" + page);
            assertEquals(400, shown.status(), page);
            Document refused = Jsoup.parse(shown.body());
            assertEquals("The page must be a whole number from 1 to " + StorePage.MAX,
                    refused.select(".nhsuk-error-summary__list li").text(), shown.body());
            assertEquals("asthma", refused.getElementById("q").val(), "the search is kept to try again");
        }
        assertEquals(200, Http.anonymous(base).get("/api/health-store?page=" + StorePage.MAX).status(), "the last page Elasticsearch can give");
    }

    private static Set<String> ids(JsonObject results) {
        return results.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("productId")).collect(Collectors.toSet());
    }

    /** A search of the demo catalogue finds at least one listing for the condition, and only listings in the store. */
    private void assertFinds(String words, String condition) {
        Reply reply = Http.anonymous(base).get("/health-store?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        Document page = Jsoup.parse(reply.body());
        assertTrue(page.select(".nhsuk-card").stream().anyMatch(c -> c.text().contains(condition)), words + " finds " + condition + ": "
                + page.select(".nhsuk-card h3").eachText());
        assertTrue(page.select(".nhsuk-card").stream().noneMatch(c -> c.text().contains("Spiro Connect")), "never a clinician-only product");
    }

    @Test
    void clinicianOnlyProductsAndProductsWithoutAListingStayOut() {
        Issued forClinicians = IssuedPassports.issue(base);
        String clinicianProduct = Views.text(forClinicians.passport(), "productId");
        assertEquals(200, describeListing(forClinicians, clinicianProduct).status());
        assertEquals(404, Http.anonymous(base).get("/health-store/products/" + clinicianProduct).status(), "clinicians only");

        Issued unlisted = IssuedPassports.issueFor(base, "PATIENTS");
        String unlistedProduct = Views.text(unlisted.passport(), "productId");
        assertEquals(404, Http.anonymous(base).get("/health-store/products/" + unlistedProduct).status(), "no listing written yet");

        JsonObject problem = Problems.assertValidationProblem(unlisted.supplier().http().put("/api/products/" + unlistedProduct
                + "/listing", Json.createObjectBuilder(listing()).add("costToPatient", "").build().toString()));
        assertEquals("Say what the product costs the patient, or that it is free",
                problem.getJsonArray("errors").getJsonObject(0).getString("message"));
        Problems.assertProblem(Http.as(base, Demo.SUPPLIER).put("/api/products/" + unlistedProduct + "/listing",
                listing().toString()), 404);
    }

    private record Listed(Issued issued, String productId, String name) {
    }

    /** A patient-facing product with a passport and a listing, found in the store by its name. */
    private Listed listedProduct() {
        Issued issued = IssuedPassports.issueFor(base, "PATIENTS");
        String productId = Views.text(issued.passport(), "productId");
        Reply listed = describeListing(issued, productId);
        assertEquals(200, listed.status(), listed.body());
        Listed product = new Listed(issued, productId, Views.text(issued.passport(), "productName"));
        // The store is read from the search index, which the outbox brings up to date within moments.
        long start = System.nanoTime();
        while (notListed(product)) {
            assertTrue(System.nanoTime() - start < 3 * FIVE_SECONDS_MS * 1_000_000, "not in the Health Store 15 s after its listing was written");
            sleep();
        }
        System.out.println("Health Store: listing shown " + (System.nanoTime() - start) / 1_000_000 + " ms after it was written");
        Document page = Jsoup.parse(Http.anonymous(base).get("/health-store/products/" + productId).body());
        assertTrue(page.text().contains("Free on the NHS"), page.text());
        assertEquals(1, page.select("a[href^=/verify/]").size());
        return product;
    }

    private Reply describeListing(Issued issued, String productId) {
        return issued.supplier().http().put("/api/products/" + productId + "/listing", listing().toString());
    }

    private static JsonObject listing() {
        return Json.createObjectBuilder()
                .add("whatItDoes", "Reminds you when to take your observations and shares them with your care team.")
                .add("whoItIsFor", "Adults recovering at home after a hospital stay.")
                .add("howToGetIt", "Your hospital team gives you a code to sign in.")
                .add("costToPatient", "Free on the NHS")
                .add("dataUsed", "Your name, NHS number and the readings you enter.")
                .add("dataStorage", "On servers in the UK.")
                .add("accessibility", "Meets WCAG 2.2 AA and works with screen readers.")
                .build();
    }

    private void assertGoneWithinFiveSeconds(Listed listed, String how) {
        long start = System.nanoTime();
        while (!notListed(listed)) {
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMs < FIVE_SECONDS_MS, "still listed " + elapsedMs + " ms after its passport was " + how);
            sleep();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Health Store: listing gone " + elapsedMs + " ms after its passport was " + how);
        assertTrue(elapsedMs < FIVE_SECONDS_MS);
        assertEquals(404, Http.anonymous(base).get("/health-store/products/" + listed.productId()).status());
    }

    private boolean notListed(Listed listed) {
        return store(listed).select("a[href=/health-store/products/" + listed.productId() + "]").isEmpty();
    }

    private Document store(Listed listed) {
        Reply page = Http.anonymous(base).get("/health-store?q=" + URLEncoder.encode(listed.name(), StandardCharsets.UTF_8));
        assertEquals(200, page.status(), page.body());
        return Jsoup.parse(page.body());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void database(String sql, String id) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(Stack.env("PASSPORT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/passport_test"));
        dataSource.setUser(Stack.env("PASSPORT_DB_USER", "passport"));
        dataSource.setPassword(Stack.env("PASSPORT_DB_PASSWORD", "passport"));
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }
}
