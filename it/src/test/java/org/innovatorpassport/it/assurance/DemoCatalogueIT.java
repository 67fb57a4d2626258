package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data (PASSPORT_DEMO_DATA=true, as infra/run and infra/test start it) tells a story on first
 * start: suppliers, passports in every state with reliances from the demo trusts, work waiting for the
 * assessor, and a Health Store to browse by condition. Counts are lower bounds: other tests add more.
 */
@ExtendWith(ArquillianExtension.class)
class DemoCatalogueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDemoCatalogueHasProductsInEveryPassportStateWithReliances() {
        Reply organisations = Http.as(base, Demo.ADMIN).get("/api/admin/organisations?kind=SUPPLIER");
        long suppliers = organisations.array().size();
        assertTrue(suppliers >= 10, suppliers + " suppliers: " + organisations.body());

        List<JsonObject> passports = Http.as(base, Demo.BOARD).get("/api/passports").array().getValuesAs(JsonObject.class);
        Map<String, Long> byStatus = passports.stream().collect(Collectors.groupingBy(p -> p.getString("status"), Collectors.counting()));
        assertTrue(byStatus.getOrDefault("ISSUED", 0L) >= 20, byStatus.toString());
        assertTrue(byStatus.getOrDefault("EXPIRING", 0L) >= 5, byStatus.toString());
        assertTrue(byStatus.getOrDefault("SUSPENDED", 0L) >= 3, byStatus.toString());
        assertTrue(byStatus.getOrDefault("REVOKED", 0L) >= 1, byStatus.toString());
        long relied = passports.stream().filter(p -> p.getJsonNumber("assessmentsAvoided").longValue() > 0).count();
        assertTrue(relied >= 20, relied + " passports relied on by a demo trust");

        long waiting = Http.as(base, Demo.ASSESSOR).get("/api/submissions").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> "SUBMITTED".equals(s.getString("status"))).count();
        assertTrue(waiting >= 8, waiting + " submissions in assessment");
    }

    @Test
    void theHealthStoreCanBeBrowsedByConditionOnFirstStart() {
        // The store is read from the search index, which the outbox fills after the demo is loaded at start.
        Document store = Jsoup.parse(Http.anonymous(base).get("/health-store").body());
        for (int second = 0; second < 60 && store.select(".nhsuk-card h3 a").size() < 15; second++) {
            sleep();
            store = Jsoup.parse(Http.anonymous(base).get("/health-store").body());
        }
        List<String> conditions = store.select("nav[aria-labelledby=conditions-heading] a").stream()
                .map(a -> a.text().replaceAll(" \\(\\d+\\)$", "")).toList();
        for (String condition : List.of("Asthma", "COPD", "Type 2 diabetes", "Mental health", "Maternity", "Dermatology", "Frailty")) {
            assertTrue(conditions.contains(condition), condition + " in " + conditions);
        }
        int listed = store.select(".nhsuk-card h3 a").size();
        assertTrue(listed >= 15, listed + " listings");
        assertTrue(store.select(".nhsuk-card").stream().noneMatch(c -> c.text().contains("Spiro Connect")),
                "a clinician-only product is not in the Health Store");
        assertTrue(store.select(".nhsuk-card").stream().noneMatch(c -> c.text().contains("PanicEase")),
                "a product whose passport is suspended is not in the Health Store");
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
