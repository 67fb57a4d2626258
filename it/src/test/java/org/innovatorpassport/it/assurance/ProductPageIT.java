package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.SignedInPages;
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
 * A product's own page (with its passport summary) and the comparison of up to three products,
 * chosen by ticking search results in the same GET form: both follow the search's visibility rules,
 * and a wrong choice is answered with an error summary, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class ProductPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aResultOpensItsProductPageWithItsPassportSummary() throws Exception {
        IssuedPassports.Issued issued = IssuedPassports.issue(base);
        String productId = issued.passport().getString("productId");
        String name = issued.passport().getString("productName");
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        SearchIT.await(Http.as(base, Demo.TRUST), "/api/catalogue?size=50&q=" + q + "&passportStatus=ISSUED", r -> r.toString().contains(productId));
        SignedInPages trust = SignedInPages.as(base, Demo.TRUST);
        Document results = trust.open("/catalogue?q=" + q + "&passportStatus=ISSUED");
        assertEquals(1, results.select("#results h3 a[href=/catalogue/products/" + productId + "]").size(), results.text());
        assertEquals("/catalogue/compare", results.selectFirst("#compare").attr("formaction"));
        assertEquals(1, results.select("input[name=product][value=" + productId + "]").size(), "each result can be ticked to compare");

        Document page = trust.open("/catalogue/products/" + productId);
        assertTrue(page.selectFirst("h1").text().startsWith(name), page.selectFirst("h1").text());
        assertEquals(1, page.select("main a[href=/passports/" + issued.id() + "]").size(), "the passport opens from its summary");
        assertTrue(page.text().contains("Assured: passport issued"), page.text());
        assertTrue(page.text().contains(issued.passport().getString("code")), "the verification code is shown");
    }

    @Test
    void productPagesFollowTheSearchVisibilityRules() throws Exception {
        Suppliers.Supplier owner = Suppliers.register(base);
        Suppliers.Supplier other = Suppliers.register(base);
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String draft = Suppliers.createProduct(owner.http(), word + " Draft", "1.0").getString("id");
        SearchIT.await(Http.as(base, Demo.TRUST), "/api/catalogue?q=" + word, r -> r.getInt("total") == 1);

        Document asTrust = SignedInPages.as(base, Demo.TRUST).open("/catalogue/products/" + draft);
        assertTrue(asTrust.text().contains("has not been assured"), "a trust sees an unassured product, marked so");
        assertTrue(asTrust.select("main a[href^=/passports/]").isEmpty(), "and never as assured");
        SignedInPages.as(base, Demo.BOARD).open("/catalogue/products/" + draft);
        SignedInPages.as(base, Demo.ASSESSOR).open("/catalogue/products/" + draft);
        SignedInPages.as(base, owner.contactEmail(), owner.password()).open("/catalogue/products/" + draft);
        assertEquals(404, SignedInPages.as(base, other.contactEmail(), other.password()).get("/catalogue/products/" + draft).statusCode(),
                "another supplier never sees an unassured product");
        assertEquals(404, SignedInPages.as(base, Demo.TRUST).get("/catalogue/products/" + UUID.randomUUID()).statusCode());
    }

    @Test
    void upToThreeProductsAreComparedSideBySideAndAWrongChoiceIsExplained() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        Suppliers.Supplier other = Suppliers.register(base);
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String[] ids = new String[4];
        for (int i = 0; i < 4; i++) {
            JsonObject created = Suppliers.createProduct(supplier.http(), word + " Compared " + i, "1." + i);
            ids[i] = created.getString("id");
        }
        SearchIT.await(Http.as(base, Demo.TRUST), "/api/catalogue?q=" + word, r -> r.getInt("total") == 4);
        SignedInPages trust = SignedInPages.as(base, Demo.TRUST);

        Document three = trust.open("/catalogue/compare?q=" + word + "&product=" + ids[0] + "&product=" + ids[1] + "&product=" + ids[2]);
        assertEquals(3, three.select("#comparison thead th").size());
        assertEquals(word + " Compared 0 1.0", three.select("#comparison thead th").first().text(), "in the order chosen");
        assertTrue(three.select("#comparison tbody tr").stream().anyMatch(r -> r.text().startsWith("Passport Not assured")));

        assertRefused(trust.get("/catalogue/compare?product=" + ids[0] + "&product=" + ids[1] + "&product=" + ids[2] + "&product=" + ids[3]),
                "Select up to 3 products to compare; you selected 4");
        assertRefused(trust.get("/catalogue/compare?product=" + ids[0] + "&product=" + UUID.randomUUID()), "not in the catalogue");
        assertRefused(trust.get("/catalogue/compare?product=" + ids[0] + "&product=not-an-id"), "There is no product not-an-id");
        assertRefused(trust.get("/catalogue/compare?product=" + ids[0]), "Select two or three products to compare");
        assertRefused(SignedInPages.as(base, other.contactEmail(), other.password()).get("/catalogue/compare?product=" + ids[0]
                + "&product=" + ids[1]), "not in the catalogue");
    }

    private static void assertRefused(HttpResponse<String> reply, String message) {
        assertEquals(400, reply.statusCode(), reply.body());
        Document page = Jsoup.parse(reply.body());
        assertTrue(page.selectFirst(".nhsuk-error-summary").text().contains(message), page.selectFirst(".nhsuk-error-summary").text());
        assertTrue(page.title().startsWith("Error: "), page.title());
    }
}
