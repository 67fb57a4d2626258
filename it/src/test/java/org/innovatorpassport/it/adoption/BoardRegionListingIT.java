package org.innovatorpassport.it.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.innovatorpassport.it.assurance.PassportsForOtherTests;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.Assured;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.NewTrust;
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
 * The catalogue's region facet follows a board's membership: a product is in the regions of the boards
 * of the trusts relying on its passport, so when an admin puts such a trust on a board of a new region
 * the product is found under that region, and when the trust leaves it is not, with no other change to
 * the product and no reindex.
 */
@ExtendWith(ArquillianExtension.class)
class BoardRegionListingIT {

    /** About fifteen seconds: the outbox delivers within a second or two when nothing else is queued. */
    private static final int ATTEMPTS = 30;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTrustJoiningABoardPutsTheProductsItReliesOnInTheBoardsRegionAndLeavingTakesThemOut() throws Exception {
        Assured product = PassportsForOtherTests.issue(base);
        NewTrust trust = PassportsForOtherTests.trust(base);
        Http trustHttp = Http.as(base, trust.email(), trust.password());
        Reply relied = trustHttp.post("/api/passports/" + product.passportId() + "/reliances", "");
        assertTrue(List.of(200, 201).contains(relied.status()), relied.toString());
        String productName = trustHttp.get("/api/passports/" + product.passportId()).json().getString("productName");
        String search = "/api/catalogue?size=50&q=" + q(productName);

        // the reliance has reached the listing, and the trust sits on no board: the product is in no region
        JsonObject listed = hit(await(trustHttp, search, r -> hit(r, product.productId()) != null
                && hit(r, product.productId()).getInt("relianceCount") == 1), product.productId());
        assertEquals(List.of(), regions(listed), "no board, no region: " + listed);

        // an admin sets up a board in a new region with the trust as a member
        String region = "Region of " + trust.odsCode();
        Http admin = Http.as(base, Demo.ADMIN);
        Reply created = admin.post("/api/boards", json("name", "Board of " + trust.odsCode(), "region", region));
        assertEquals(201, created.status(), created.body());
        String boardId = created.json().getString("id");
        Reply joined = admin.post("/api/boards/" + boardId + "/trusts", json("odsCode", trust.odsCode()));
        assertEquals(200, joined.status(), joined.body());

        String inRegion = search + "&regions=" + q(region);
        JsonObject found = hit(await(trustHttp, inRegion, r -> hit(r, product.productId()) != null), product.productId());
        assertEquals(List.of(region), regions(found), "the trust's board's region: " + found);
        JsonObject facets = trustHttp.get(search).json().getJsonObject("facets");
        assertTrue(facets.getJsonObject("regions").getInt(region, 0) >= 1, "the region is a facet value: " + facets);

        // the trust leaves the board: the product is no longer in that region
        Reply left = admin.delete("/api/boards/" + boardId + "/trusts/" + trust.odsCode());
        assertEquals(200, left.status(), left.body());
        assertTrue(left.json().getJsonArray("trusts").isEmpty(), left.body());
        await(trustHttp, inRegion, r -> hit(r, product.productId()) == null);
        JsonObject gone = hit(await(trustHttp, search, r -> hit(r, product.productId()) != null), product.productId());
        assertEquals(List.of(), regions(gone), "back in no region: " + gone);
    }

    private static JsonObject await(Http http, String path, Predicate<JsonObject> done) throws InterruptedException {
        JsonObject last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Reply reply = http.get(path);
            assertEquals(200, reply.status(), reply.body());
            last = reply.json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no answer as expected for " + path + " in " + ATTEMPTS / 2 + " s, last " + last);
    }

    private static JsonObject hit(JsonObject results, String productId) {
        return results.getJsonArray("hits").stream().map(h -> h.asJsonObject())
                .filter(h -> h.getString("productId").equals(productId)).findFirst().orElse(null);
    }

    private static List<String> regions(JsonObject hit) {
        return hit.getJsonArray("regions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(String... pairs) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            object.add(pairs[i], pairs[i + 1]);
        }
        return object.build().toString();
    }
}
