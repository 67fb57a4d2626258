package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
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
import org.postgresql.ds.PGSimpleDataSource;

/** Integrators call the API with scoped tokens that their organisation's administrator made, never a password. */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aScopedTokenReadsTheCatalogueAndNothingElse() {
        JsonObject issued = create(Http.as(base, Demo.SUPPLIER), "Catalogue reader " + UUID.randomUUID(), "read-catalogue");
        String secret = issued.getString("secret");
        assertTrue(secret.startsWith("ipt_"), secret);
        String id = issued.getJsonObject("token").getString("id");

        Http token = Http.bearer(base, secret);
        assertEquals(200, token.get("/api/catalogue?q=asthma").status());
        JsonObject me = token.get("/api/me").json();
        assertEquals(Demo.SUPPLIER, me.getString("email"), "it acts for the person who created it");

        Reply outOfScope = token.post("/api/products", "{}");
        PlatformIT.assertProblem(outOfScope, 403, "/problems/forbidden");
        assertTrue(outOfScope.json().getString("detail").contains("read-catalogue"), outOfScope.body());
        PlatformIT.assertProblem(token.get("/api/tokens"), 403, "/problems/forbidden");

        Reply listed = Http.as(base, Demo.SUPPLIER).get("/api/tokens");
        assertEquals(200, listed.status(), listed.body());
        assertFalse(listed.body().contains(secret), "the secret is shown once, never listed");
        JsonObject mine = Json.createReader(new java.io.StringReader(listed.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("id").equals(id)).findFirst().orElseThrow();
        assertFalse(mine.isNull("lastUsedAt"), "its last use is shown: " + mine);

        Reply audit = Http.as(base, Demo.ADMIN).get("/api/admin/audit?subjectType=api-token&subjectId=" + id);
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.body().contains("GET /api/catalogue answered 200"), "every call is audited under the token's name: " + audit.body());
        assertTrue(audit.body().contains("POST /api/products answered 403"), "refused calls too: " + audit.body());
    }

    @Test
    void revokedExpiredAndMalformedTokensAreRefusedWith401() throws Exception {
        Http admin = Http.as(base, Demo.SUPPLIER);
        JsonObject revoked = create(admin, "Soon revoked " + UUID.randomUUID(), "read-catalogue", "read-passports");
        assertEquals(204, admin.delete("/api/tokens/" + revoked.getJsonObject("token").getString("id")).status());
        Reply afterRevocation = Http.bearer(base, revoked.getString("secret")).get("/api/catalogue");
        PlatformIT.assertProblem(afterRevocation, 401, "/problems/unauthenticated");
        assertTrue(afterRevocation.json().getString("detail").contains("revoked"), afterRevocation.body());

        JsonObject expired = create(admin, "Soon expired " + UUID.randomUUID(), "read-catalogue");
        database("update platform.api_token set expires_at = now() - interval '1 minute' where id = ?",
                expired.getJsonObject("token").getString("id"));
        Reply afterExpiry = Http.bearer(base, expired.getString("secret")).get("/api/catalogue");
        PlatformIT.assertProblem(afterExpiry, 401, "/problems/unauthenticated");
        assertTrue(afterExpiry.json().getString("detail").contains("expired"), afterExpiry.body());

        for (String malformed : new String[] {"not-a-token", "ipt_", "ipt_" + "A".repeat(43), "ipt_" + "%".repeat(43), ""}) {
            PlatformIT.assertProblem(Http.bearer(base, malformed).get("/api/catalogue"), 401, "/problems/unauthenticated");
        }
    }

    @Test
    void aTokenGetsOnlyScopesItsOrganisationCanHold() {
        Reply supplierRelying = Http.as(base, Demo.SUPPLIER).post("/api/tokens", request("Relier", "rely-on-passports").toString());
        PlatformIT.assertProblem(supplierRelying, 400, "/problems/validation");
        PlatformIT.assertProblem(Http.as(base, Demo.SUPPLIER).post("/api/tokens", request("Nothing").toString()), 400, "/problems/validation");
        PlatformIT.assertProblem(Http.as(base, Demo.SUPPLIER).post("/api/tokens", request("Unknown", "everything").toString()),
                400, "/problems/validation");
        JsonObject trustToken = create(Http.as(base, Demo.TRUST), "Trust integration " + UUID.randomUUID(), "rely-on-passports", "read-passports");
        assertEquals(200, Http.bearer(base, trustToken.getString("secret")).get("/api/reliances").status());
    }

    @Test
    void anAdministratorMakesATokenOnThePageAndSeesItOnce() {
        SignedInPages pages = SignedInPages.as(base, Demo.SUPPLIER);
        Document list = pages.open("/account/api-tokens");
        assertFalse(list.select("input[name=scopes][value=read-passports]").isEmpty(), list.text());
        String name = "Page token " + UUID.randomUUID();
        HttpResponse<String> refused = pages.post("/account/api-tokens", "name=" + SignedInPages.encode(name) + "&expiresOn=2020-01-01");
        assertEquals(400, refused.statusCode());
        Document again = Jsoup.parse(refused.body());
        assertEquals(2, again.select(".nhsuk-error-summary li").size(), "no scope and a past date: " + again.select(".nhsuk-error-summary").text());
        HttpResponse<String> made = pages.post("/account/api-tokens", "name=" + SignedInPages.encode(name)
                + "&scopes=read-catalogue&expiresOn=" + LocalDate.now().plusDays(10));
        assertEquals(200, made.statusCode(), made.body());
        String secret = Jsoup.parse(made.body()).getElementById("api-token").text();
        assertEquals("no-store", made.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, Http.bearer(base, secret).get("/api/catalogue").status());
        Document listed = pages.open("/account/api-tokens");
        assertTrue(listed.text().contains(name) && !listed.text().contains(secret), listed.text());
    }

    private JsonObject create(Http admin, String name, String... scopes) {
        Reply created = admin.post("/api/tokens", request(name, scopes).toString());
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.json().getJsonObject("token"));
        return created.json();
    }

    private static JsonObject request(String name, String... scopes) {
        var list = Json.createArrayBuilder();
        for (String scope : scopes) {
            list.add(scope);
        }
        return Json.createObjectBuilder().add("name", name).add("scopes", list)
                .add("expiresOn", LocalDate.now().plusDays(30).toString()).build();
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
