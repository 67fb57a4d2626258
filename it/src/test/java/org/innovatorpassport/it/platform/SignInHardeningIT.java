package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.innovatorpassport.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each refusal of issue 11 on the real stack: a session ends when it should (sign-out, deactivation,
 * a change of roles or password), a form cannot be forged (foreign or missing origin, stale or
 * another user's token), and guessing is throttled with 429 and Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
class SignInHardeningIT {
    private static final String PASSWORD = "a-long-test-password-11";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    /** Throttling is shared by the whole run; the address this test guessed from must not hold up the others. */
    @AfterEach
    void forgetGuessesFromThisMachine() throws Exception {
        TestDatabase.execute("delete from platform.sign_in_throttle where subject like 'address:%'");
    }

    @Test
    void aCookieCopiedBeforeSigningOutOpensNothingAfterwards() {
        Session trust = signIn(Demo.TRUST, Http.PASSWORD);
        assertEquals(200, trust.get("/trust").status());
        Reply out = trust.post("/logout", "csrf=" + trust.formToken, origin());
        assertEquals(303, out.status(), out.body());
        Reply again = trust.get("/trust");
        assertEquals(303, again.status(), "the copied cookie no longer opens the page");
        assertTrue(again.header("Location").contains("/login"));
        assertEquals(401, trust.get("/api/me").status());
    }

    @Test
    void aDeactivatedUserIsRefusedAtOnceAndCanBeReactivated() {
        NewUser user = newTrustUser();
        Session session = signIn(user.email, PASSWORD);
        assertEquals(200, session.get("/api/me").status());
        Http admin = Http.as(base, Demo.ADMIN);

        Reply off = admin.put("/api/admin/users/" + user.id + "/active", "{\"active\":false}");
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));
        assertEquals(401, session.get("/api/me").status(), "the session ended with the deactivation");
        assertEquals(303, session.get("/trust").status());
        assertEquals(401, Http.as(base, user.email, PASSWORD).get("/api/me").status(), "Basic is refused too");
        assertEquals(401, loginStatus(user.email, PASSWORD), "and signing in again");

        assertEquals(200, admin.put("/api/admin/users/" + user.id + "/active", "{\"active\":true}").status());
        assertEquals(401, session.get("/api/me").status(), "the old session stays ended");
        assertEquals(200, signIn(user.email, PASSWORD).get("/api/me").status(), "a reactivated user signs in again");
    }

    @Test
    void aChangeOfRolesAppliesAtOnce() {
        NewUser user = newTrustUser();
        Session session = signIn(user.email, PASSWORD);
        Http basic = Http.as(base, user.email, PASSWORD);
        assertEquals(403, basic.get("/api/admin/audit?subjectType=user&subjectId=" + user.id).status());
        Http admin = Http.as(base, Demo.ADMIN);

        Reply granted = admin.put("/api/admin/users/" + user.id + "/roles", "{\"roles\":[\"trust\",\"admin\"]}");
        assertEquals(200, granted.status(), granted.body());
        assertEquals(401, session.get("/api/me").status(), "the session with the old roles ended");
        assertEquals(200, basic.get("/api/admin/audit?subjectType=user&subjectId=" + user.id).status(), "the new role counts at once");
        Session again = signIn(user.email, PASSWORD);
        assertTrue(again.get("/api/me").json().getJsonArray("roles").toString().contains("admin"));

        assertEquals(200, admin.put("/api/admin/users/" + user.id + "/roles", "{\"roles\":[\"trust\"]}").status());
        assertEquals(403, basic.get("/api/admin/audit?subjectType=user&subjectId=" + user.id).status(), "and so does its removal");
        assertEquals(401, again.get("/api/me").status());
        Session third = signIn(user.email, PASSWORD);
        assertEquals(403, third.get("/api/admin/audit?subjectType=user&subjectId=" + user.id).status());
    }

    @Test
    void aNewPasswordEndsEverySessionAndTheOldPasswordAtOnce() {
        NewUser user = newTrustUser();
        Session session = signIn(user.email, PASSWORD);
        Http basic = Http.as(base, user.email, PASSWORD);
        assertEquals(200, basic.get("/api/me").status());
        String newPassword = PASSWORD + "-new";
        Reply changed = basic.put("/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, session.get("/api/me").status());
        assertEquals(401, basic.get("/api/me").status(), "the old password, though just remembered, is refused");
        assertEquals(200, Http.as(base, user.email, newPassword).get("/api/me").status());
    }

    @Test
    void formsCannotBeForged() {
        Session trust = signIn(Demo.TRUST_BUCKS, Http.PASSWORD);
        String token = trust.formToken;
        String passport = "/passports/" + UUID.randomUUID() + "/reliance";

        assertEquals(403, trust.post("/logout", "csrf=" + token, "https://elsewhere.example").status(), "a foreign Origin");
        assertEquals(403, trust.post("/logout", "csrf=" + token, null).status(), "neither Origin nor Referer");
        assertEquals(403, trust.send(trust.request("/logout").header("Referer", "https://elsewhere.example/page")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token))).status(), "a foreign Referer");
        assertEquals(403, trust.post("/logout", "", origin()).status(), "no token");
        assertEquals(403, trust.post(passport, "csrf=wrong", origin()).status(), "a wrong token");

        Session other = signIn(Demo.TRUST_OXFORD, Http.PASSWORD);
        assertEquals(403, trust.post("/logout", "csrf=" + other.formToken, origin()).status(), "another user's token");

        Session earlier = signIn(Demo.TRUST_BUCKS, Http.PASSWORD);
        String stale = earlier.formToken;
        assertEquals(303, earlier.post("/logout", "csrf=" + stale, origin()).status());
        assertEquals(403, trust.post("/logout", "csrf=" + stale, origin()).status(), "a stale token of an ended session");

        assertEquals(200, trust.get("/api/me").status(), "none of the forged sign-outs took effect");
        Reply viaReferer = trust.send(trust.request("/logout").header("Referer", origin() + "/trust")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertEquals(303, viaReferer.status(), "this site's own form, known by its Referer, is accepted");
        assertEquals(401, trust.get("/api/me").status());

        assertEquals(200, Http.as(base, Demo.ADMIN).post("/api/admin/passport-statuses", "").status(),
                "HTTP Basic calls need no token and no Origin");
    }

    @Test
    void twelveWrongPasswordsThenTheRightOneIsAnswered429WithRetryAfter() {
        NewUser user = newTrustUser();
        Http wrong = Http.as(base, user.email, "not-the-password-at-all");
        for (int i = 0; i < 12; i++) {
            int status = wrong.get("/api/me").status();
            assertTrue(status == 401 || status == 429, "guess " + (i + 1) + " answered " + status);
        }
        Reply right = Http.as(base, user.email, PASSWORD).get("/api/me");
        assertEquals(429, right.status(), right.body());
        assertNotNull(right.header("Retry-After"));
        assertTrue(Long.parseLong(right.header("Retry-After")) > 0);
        PlatformIT.assertProblem(right, 429, "/problems/too-many-attempts");

        Reply page = Http.anonymous(base).send(Http.anonymous(base).request("/login").header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(user.email, StandardCharsets.UTF_8)
                        + "&password=" + PASSWORD + "&next=%2F")));
        assertEquals(429, page.status());
        assertNotNull(page.header("Retry-After"));
        assertTrue(Jsoup.parse(page.body()).selectFirst(".nhsuk-error-summary").text().contains("Too many attempts"));

        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        Http unknown = Http.as(base, nobody, "not-the-password-at-all");
        for (int i = 0; i < 12; i++) {
            unknown.get("/api/me");
        }
        Reply unknownAnswer = unknown.get("/api/me");
        assertEquals(429, unknownAnswer.status(), "an unknown account is throttled just the same, so 429 reveals nothing");
        assertEquals(right.json().getString("title"), unknownAnswer.json().getString("title"));

        Reply failures = Http.as(base, Demo.ADMIN).get("/api/admin/users/" + user.id + "/sign-in-failures");
        assertEquals(200, failures.status(), failures.body());
        assertTrue(failures.array().size() >= 6, "the admin sees the failed sign-ins: " + failures.body());
        assertTrue(failures.array().getJsonObject(0).containsKey("address"));
    }

    @Test
    void theOwnerSeesFailedSignInsAndASuccessResetsTheCount() {
        NewUser user = newTrustUser();
        Http wrong = Http.as(base, user.email, "not-the-password-at-all");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, wrong.get("/api/me").status());
        }
        Http owner = Http.as(base, user.email, PASSWORD);
        Reply mine = owner.get("/api/me/sign-in-failures");
        assertEquals(200, mine.status(), mine.body());
        assertEquals(3, mine.array().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/api/me").status(), "the count started again after the success: guess " + (i + 1));
        }
    }

    @Test
    void aForwardedForHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
        NewUser user = newTrustUser();
        Http wrong = Http.as(base, user.email, "not-the-password-at-all");
        for (int i = 0; i < 3; i++) {
            String spoofed = "203.0.113." + (i + 1);
            assertEquals(401, wrong.send(wrong.request("/api/me").header("X-Forwarded-For", spoofed).GET()).status());
        }
        Reply mine = Http.as(base, user.email, PASSWORD).get("/api/me/sign-in-failures");
        assertEquals(3, mine.array().size(), mine.body());
        for (int i = 0; i < 3; i++) {
            String address = mine.array().getJsonObject(i).getString("address");
            assertFalse(address.startsWith("203.0.113."), "the failure is counted against the real peer, not " + address);
            assertEquals(mine.array().getJsonObject(0).getString("address"), address, "one peer, one address");
        }
    }

    @Test
    void failedSignInsOlderThanTheRetentionArePruned() throws Exception {
        NewUser user = newTrustUser();
        assertEquals(401, Http.as(base, user.email, "not-the-password-at-all").get("/api/me").status());
        TestDatabase.execute("insert into platform.sign_in_failure (id, email, user_id, address, failed_at) values ('"
                + UUID.randomUUID() + "', '" + user.email + "', '" + user.id + "', '192.0.2.1', now() - interval '40 days')");
        Http owner = Http.as(base, user.email, PASSWORD);
        assertEquals(2, owner.get("/api/me/sign-in-failures").array().size());
        // The test server prunes every minute (PASSPORT_SIGNIN_PRUNE_MINUTES in arquillian.xml), keeping 30 days.
        long deadline = System.currentTimeMillis() + 150_000;
        int left = 2;
        while (left != 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
            left = owner.get("/api/me/sign-in-failures").array().size();
        }
        assertEquals(1, left, "the 40-day-old failure was pruned and the recent one kept");
    }

    // --- helpers

    private record NewUser(String id, String email) {
    }

    private NewUser newTrustUser() {
        String organisation = Http.as(base, Demo.TRUST).get("/api/me").json().getString("organisationId");
        String email = "signin-" + UUID.randomUUID() + "@example.org";
        Reply created = Http.as(base, Demo.ADMIN).post("/api/admin/organisations/" + organisation + "/users",
                "{\"email\":\"" + email + "\",\"displayName\":\"Sign-in test\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.body());
        return new NewUser(created.json().getString("id"), email);
    }

    private String origin() {
        URI uri = URI.create(base.toString());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private int loginStatus(String email, String password) {
        Http anonymous = Http.anonymous(base);
        return anonymous.send(anonymous.request("/login").header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2F"))).status();
    }

    /** Signs in on the login page and keeps the raw cookie, so the test can replay it as an attacker would. */
    private Session signIn(String email, String password) {
        Http anonymous = Http.anonymous(base);
        Reply login = anonymous.send(anonymous.request("/login").header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2F")));
        assertEquals(303, login.status(), "signing in as " + email + ": " + login.body());
        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("passport_session=")).findFirst()
                .map(h -> h.substring("passport_session=".length(), h.indexOf(';') < 0 ? h.length() : h.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie"));
        Session session = new Session(anonymous, cookie);
        Reply home = session.get("/");
        session.formToken = Jsoup.parse(home.body()).select("input[name=csrf]").attr("value");
        assertFalse(session.formToken.isEmpty(), "a signed-in page's forms carry the anti-forgery token");
        return session;
    }

    private static final class Session {
        private final Http http;
        private final String cookie;
        String formToken;

        Session(Http http, String cookie) {
            this.http = http;
            this.cookie = cookie;
        }

        HttpRequest.Builder request(String path) {
            return http.request(path).header("Cookie", "passport_session=" + cookie);
        }

        Reply send(HttpRequest.Builder request) {
            return http.send(request);
        }

        Reply get(String path) {
            return send(request(path).GET());
        }

        Reply post(String path, String form, String origin) {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
            if (origin != null) {
                request.header("Origin", origin);
            }
            return send(request.POST(HttpRequest.BodyPublishers.ofString(form)));
        }
    }
}
