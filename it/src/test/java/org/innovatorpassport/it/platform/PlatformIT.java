package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform services on the real stack: identity, problems, audit, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousApiCallIsAskedToSignInWithAProblem() {
        Reply reply = Http.anonymous(base).get("/api/me");
        assertProblem(reply, 401, "/problems/unauthenticated");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsRefusedWithAProblem() {
        assertProblem(Http.as(base, Demo.ADMIN, "not-the-password").get("/api/me"), 401, "/problems/unauthenticated");
    }

    @Test
    void signedInCallerSeesTheirOrganisationAndRoles() {
        JsonObject me = Http.as(base, Demo.TRUST).get("/api/me").json();
        assertEquals("NHS_TRUST", me.getString("organisationKind"));
        assertEquals("trust", me.getJsonArray("roles").getString(0));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        assertProblem(Http.as(base, Demo.ADMIN).post("/api/admin/organisations", "{\"kind\": "), 400, "/problems/malformed-body");
    }

    @Test
    void valueOfTheWrongTypeIsABadRequestProblem() {
        Reply reply = Http.as(base, Demo.ADMIN).post("/api/admin/organisations", "{\"kind\":\"HOSPITAL\",\"name\":\"X\"}");
        assertProblem(reply, 400, "/problems/malformed-body");
        assertFalse(reply.body().contains("org.innovatorpassport"), reply.body());
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        Reply reply = Http.as(base, Demo.ADMIN).post("/api/admin/organisations", "{\"kind\":\"NHS_TRUST\",\"name\":\"\"}");
        assertProblem(reply, 400, "/problems/validation");
        assertEquals("name", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void trustWithoutAValidOdsCodeIsRefused() {
        Reply reply = Http.as(base, Demo.ADMIN).post("/api/admin/organisations", "{\"kind\":\"NHS_TRUST\",\"name\":\"Nowhere\",\"odsCode\":\"r!\"}");
        assertProblem(reply, 400, "/problems/validation");
        assertTrue(reply.body().contains("odsCode"));
    }

    @Test
    void unknownIdIsNotFound() {
        assertProblem(Http.as(base, Demo.ADMIN).get("/api/admin/organisations/" + UUID.randomUUID()), 404, "/problems/not-found");
    }

    @Test
    void unknownAddressAndWrongMethodAreProblems() {
        assertProblem(Http.anonymous(base).get("/api/no-such-thing"), 404, "/problems/not-found");
        assertProblem(Http.as(base, Demo.ADMIN).delete("/api/me"), 405, "/problems/method-not-allowed");
    }

    @Test
    void oversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"kind\":\"SUPPLIER\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(Http.as(base, Demo.ADMIN).post("/api/admin/organisations", huge), 413, "/problems/too-large");
    }

    @Test
    void creatingAnOrganisationIsAuditedWithWhoAndWhen() {
        Http admin = Http.as(base, Demo.ADMIN);
        Reply created = admin.post("/api/admin/organisations",
                "{\"kind\":\"NHS_TRUST\",\"name\":\"Audit Test Trust\",\"odsCode\":\"" + odsCode() + "\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Reply trail = admin.get("/api/admin/audit?subjectType=organisation&subjectId=" + id);
        JsonObject entry = trail.array().getJsonObject(0);
        assertEquals("organisation.created", entry.getString("action"));
        assertEquals(Demo.ADMIN, entry.getString("actorEmail"));
        assertEquals("00000000-0000-4000-8000-000000000501", entry.getString("organisationId"));
        assertNotNull(entry.getString("at"));
    }

    @Test
    void duplicateOdsCodeIsAConflict() {
        Http admin = Http.as(base, Demo.ADMIN);
        assertProblem(admin.post("/api/admin/organisations", "{\"kind\":\"NHS_TRUST\",\"name\":\"Again\",\"odsCode\":\"RHW\"}"),
                409, "/problems/conflict");
    }

    @Test
    void openApiDescribesTheRestApi() {
        Reply reply = Http.anonymous(base).get("/openapi");
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("/api/me"), "the document lists /api/me");
        assertFalse(reply.body().contains("/login"), "pages are not part of the API description");
    }

    @Test
    void readinessChecksPostgresqlAndElasticsearch() throws Exception {
        Http management = Http.anonymous(URI.create("http://127.0.0.1:" + Stack.managementPort() + "/").toURL());
        Reply ready = management.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"postgresql\""));
        assertTrue(ready.body().contains("\"elasticsearch\""));
    }

    @Test
    void loginPageSignsAPersonInWithAStatelessCookie() {
        Http anonymous = Http.anonymous(base);
        Reply signIn = anonymous.send(anonymous.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + Demo.BOARD + "&password=" + Http.PASSWORD + "&next=/")));
        assertEquals(303, signIn.status(), signIn.body());
        String cookie = signIn.header("Set-Cookie");
        assertTrue(cookie.startsWith("passport_session=") && cookie.contains("HttpOnly"), cookie);
        Reply home = anonymous.send(anonymous.request("/").header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET());
        Element header = Jsoup.parse(home.body()).selectFirst("header");
        assertTrue(header != null && header.text().contains("Bo Board"), "the header names the signed-in user");
    }

    @Test
    void wrongPasswordOnTheLoginPageShowsAnErrorSummary() {
        Http anonymous = Http.anonymous(base);
        Reply signIn = anonymous.send(anonymous.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + Demo.BOARD + "&password=wrong")));
        assertEquals(401, signIn.status());
        assertNotNull(Jsoup.parse(signIn.body()).selectFirst("div.nhsuk-error-summary"), "the login page shows an error summary");
        assertFalse(signIn.header("Set-Cookie") != null && signIn.header("Set-Cookie").contains("passport_session=ey"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        Reply home = Http.anonymous(base).get("/");
        assertTrue(home.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", home.header("X-Content-Type-Options"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        Http anonymous = Http.anonymous(base);
        Reply forged = anonymous.send(anonymous.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + Demo.BOARD + "&password=" + Http.PASSWORD)));
        assertEquals(403, forged.status());
    }

    @Test
    void basicCredentialsDoNotSignInToPages() {
        Reply page = Http.as(base, Demo.TRUST).get("/trust");
        assertEquals(303, page.status(), "a page asks for the sign-in cookie, not a remembered password");
        assertTrue(page.header("Location").contains("/login"));
    }

    @Test
    void tamperedSessionCookieIsIgnored() {
        Http anonymous = Http.anonymous(base);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (Demo.ADMIN + "|9999999999|admin|" + "0".repeat(64)).getBytes());
        Reply reply = anonymous.send(anonymous.request("/api/me").header("Cookie", "passport_session=" + forged).GET());
        assertEquals(401, reply.status());
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals(type, reply.json().getString("type"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
    }

    private static String odsCode() {
        return "Z" + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 46656, 36).toUpperCase() + "9";
    }
}
