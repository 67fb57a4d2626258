package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue in the real Elasticsearch: products reach the index through the outbox, filters and
 * facets count them, and a rebuild from PostgreSQL gives the same answers.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueSearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void describedProductsAreFoundFilteredAndCountedAndSurviveAReindex() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 3; i++) {
            Suppliers.createProduct(supplier.http(), word + " Observations " + i, "1." + i);
        }
        Http trust = Http.as(base, Demo.TRUST);
        JsonObject found = awaitTotal(trust, "/api/catalogue?q=" + word, 3);
        assertEquals("A", found.getJsonArray("hits").getJsonObject(0).getString("niceTier"));
        assertEquals(3, found.getJsonObject("facets").getJsonObject("niceTier").getInt("A"));
        assertEquals(3, found.getJsonObject("facets").getJsonObject("passportStatus").getInt("NONE"));

        assertEquals(3, trust.get("/api/catalogue?q=" + word + "&platforms=IOS").json().getInt("total"));
        assertEquals(0, trust.get("/api/catalogue?q=" + word + "&niceTier=C").json().getInt("total"));
        assertEquals(3, trust.get("/api/catalogue?q=" + word + "&niceTier=C,A").json().getInt("total"), "a comma means OR");

        Reply rebuilt = Http.as(base, Demo.ADMIN).post("/api/admin/search-index", "");
        assertEquals(200, rebuilt.status(), rebuilt.body());
        assertTrue(rebuilt.json().getInt("listings") >= 3);
        assertEquals(3, trust.get("/api/catalogue?q=" + word).json().getInt("total"), "the same answer after a rebuild");
    }

    @Test
    void theDemoPassportIsListed() throws Exception {
        JsonObject found = awaitTotal(Http.as(base, Demo.BOARD), "/api/catalogue?q=BreatheWell", 1);
        assertTrue(found.getJsonArray("hits").getJsonObject(0).getString("passportCode").startsWith("IP-"));
    }

    @Test
    void anUnknownFilterIsABadRequest() {
        Reply reply = Http.as(base, Demo.TRUST).get("/api/catalogue?colour=blue");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
    }

    private static JsonObject awaitTotal(Http http, String path, int expected) throws InterruptedException {
        JsonObject last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            Reply reply = http.get(path);
            assertEquals(200, reply.status(), reply.body());
            last = reply.json();
            if (last.getInt("total") == expected) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("expected " + expected + " hits for " + path + ", last answer " + last);
    }
}
