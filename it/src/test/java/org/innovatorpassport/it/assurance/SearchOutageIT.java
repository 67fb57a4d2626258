package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.ElasticsearchNode;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.SignedInPages;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test Elasticsearch node is stopped for real: search answers 503 with Retry-After (the page says
 * search is unavailable), everything else keeps working, and 30 product writes made meanwhile all
 * reach the index once it is back, through the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class SearchOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void searchIsUnavailableWhileElasticsearchIsDownAndNothingWrittenMeanwhileIsLost() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        Http trust = Http.as(base, Demo.TRUST);
        assertEquals(200, trust.get("/api/catalogue?q=BreatheWell").status());
        ElasticsearchNode node = ElasticsearchNode.ofTestStack();
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        node.stop();
        try {
            Reply down = trust.get("/api/catalogue?q=asthma");
            assertEquals(503, down.status(), down.body());
            assertTrue(down.header("Content-Type").startsWith("application/problem+json"), down.header("Content-Type"));
            assertEquals("30", down.header("Retry-After"));
            assertTrue(down.json().getString("type").endsWith("/search-unavailable"), down.body());
            assertEquals(503, trust.get("/api/catalogue/suggestions?q=ast").status());

            SignedInPages pages = SignedInPages.as(base, Demo.TRUST);
            HttpResponse<String> page = pages.get("/catalogue?q=asthma");
            assertEquals(503, page.statusCode());
            assertTrue(Jsoup.parse(page.body()).selectFirst("#search-unavailable").text().contains("Search is unavailable"));
            pages.open("/trust");
            Reply store = Http.anonymous(base).get("/api/health-store?q=asthma");
            assertEquals(503, store.status(), store.body());
            assertEquals("30", store.header("Retry-After"));
            Reply storePage = Http.anonymous(base).get("/health-store?q=asthma");
            assertEquals(503, storePage.status());
            assertTrue(Jsoup.parse(storePage.body()).selectFirst("#search-unavailable").text().contains("Search is unavailable"));
            assertEquals(200, Http.anonymous(base).get("/verify").status(), "the public pages that do not search keep working");
            assertEquals(200, trust.get("/api/me").status(), "everything else keeps working");

            for (int i = 0; i < 30; i++) {
                Suppliers.createProduct(supplier.http(), word + " Outage " + i, "1." + i);
            }
        } finally {
            node.start();
        }
        JsonWait.until(() -> {
            Reply r = trust.get("/api/catalogue?size=50&q=" + word);
            return r.status() == 200 && r.json().getInt("total") == 30;
        }, 240, "all 30 products written while Elasticsearch was down are found once it is back");
    }

    /** Polls a condition every second, for at most the given seconds. */
    static final class JsonWait {
        interface Check {
            boolean done() throws Exception;
        }

        static void until(Check check, int seconds, String what) throws Exception {
            for (int s = 0; s < seconds; s++) {
                if (check.done()) {
                    return;
                }
                Thread.sleep(1000);
            }
            throw new AssertionError(what + ": not within " + seconds + " s");
        }
    }
}
