package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.innovatorpassport.it.assurance.IssuedPassports.Issued;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
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
 * Once a passport names a product version, the version stays as it was assessed: the catalogue says so
 * in what it allows, refuses an edit in place with a 409 on the API and the page alike, and the page
 * offers a new version instead, which carries the details over and can be changed.
 */
@ExtendWith(ArquillianExtension.class)
class ProductVersionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPassportedVersionIsChangedOnlyByANewVersion() {
        Issued issued = IssuedPassports.issue(base);
        Http supplier = issued.supplier().http();
        String productId = Views.text(issued.passport(), "productId");
        JsonObject product = supplier.get("/api/products/" + productId).json();
        assertTrue(product.getBoolean("passported"), product.toString());
        assertEquals(Set.of("NEW_VERSION", "EDIT_LISTING"), allowed(product));

        JsonObject changed = Json.createObjectBuilder(product.getJsonObject("details")).add("name", "Renamed under a passport").build();
        JsonObject problem = Problems.assertProblem(supplier.put("/api/products/" + productId, Json.createObjectBuilder()
                .add("details", changed).add("revision", product.getJsonNumber("revision").longValue()).build().toString()),
                409, "/problems/product-passported");
        assertTrue(problem.getString("detail").contains("Start a new version"), problem.toString());
        assertEquals(product.getJsonObject("details").getString("name"),
                supplier.get("/api/products/" + productId).json().getJsonObject("details").getString("name"), "nothing changed");

        SignedInPages pages = SignedInPages.as(base, issued.supplier().contactEmail(), issued.supplier().password());
        String path = "/supplier/products/" + productId;
        Document page = pages.open(path);
        assertEquals(0, page.select("form[action=" + path + "] input[name=name]").size(), "no form to change it in place");
        assertEquals("Start a new version", page.selectFirst("a[href=" + path + "/versions/new]").text());

        HttpResponse<String> refused = pages.post(path, "name=Renamed&version=" + SignedInPages.encode(
                product.getJsonObject("details").getString("version")) + "&revision=" + product.getJsonNumber("revision"));
        assertEquals(409, refused.statusCode());
        Document refusedPage = Jsoup.parse(refused.body());
        assertTrue(refusedPage.selectFirst(".nhsuk-error-summary").text().contains("can no longer be changed"), refused.body());
        assertEquals(1, refusedPage.select("a[href=" + path + "/versions/new]").size(), "the refusal offers a new version");

        Document form = pages.open(path + "/versions/new");
        assertEquals(product.getJsonObject("details").getString("name"), form.selectFirst("input[name=name]").val(),
                "the new version carries the details over");

        JsonObject nextDetails = Json.createObjectBuilder(product.getJsonObject("details")).add("version", "9.9.9").build();
        Reply created = supplier.post("/api/products/" + productId + "/versions", nextDetails.toString());
        assertEquals(201, created.status(), created.body());
        JsonObject next = created.json();
        assertEquals(Set.of("EDIT", "NEW_VERSION", "EDIT_LISTING"), allowed(next));
        JsonObject renamed = Json.createObjectBuilder(nextDetails).add("summary", "Now with reminders.").build();
        Reply edited = supplier.put("/api/products/" + Views.text(next, "id"), Json.createObjectBuilder().add("details", renamed)
                .add("revision", next.getJsonNumber("revision").longValue()).build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Now with reminders.", edited.json().getJsonObject("details").getString("summary"));
    }

    private static Set<String> allowed(JsonObject product) {
        return product.getJsonArray("allowed").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }
}
