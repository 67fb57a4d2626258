package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.it.assurance.IssuedPassports.Issued;
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

/**
 * What a passport offers each person is what the assurance module allows, on the page and in the API
 * alike: the buttons a page shows are the passport's {@code allowed} actions, and an action the page
 * does not offer is refused by the module when asked for anyway.
 */
@ExtendWith(ArquillianExtension.class)
class PassportActionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedPassportOffersRenewalToItsSupplierAndNoSuspensionOrRelianceToAnyone() {
        Issued issued = IssuedPassports.issue(base);
        String path = "/passports/" + issued.id();
        SignedInPages assessor = SignedInPages.as(base, Demo.ASSESSOR);
        SignedInPages supplier = SignedInPages.as(base, issued.supplier().contactEmail(), issued.supplier().password());
        SignedInPages trust = SignedInPages.as(base, Demo.TRUST_OXFORD);

        assertEquals(Set.of("SUSPEND", "REVOKE"), allowed(Http.as(base, Demo.ASSESSOR), issued.id()));
        assertEquals(Set.of("Suspend passport", "Revoke passport"), buttons(assessor.open(path)));
        assertEquals(Set.of("RENEW"), allowed(issued.supplier().http(), issued.id()));
        assertEquals(Set.of("Renew the passport for " + issued.passport().getString("productName") + " "
                + issued.passport().getString("productVersion")), buttons(supplier.open(path)));
        assertEquals(Set.of("Rely on this passport"), buttons(trust.open(path)));

        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + issued.id() + "/suspension",
                "{\"reason\":\"Penetration test finding not remediated\"}");
        assertEquals(200, suspended.status(), suspended.body());

        assertEquals(Set.of("Revoke passport"), buttons(assessor.open(path)), "a suspended passport cannot be suspended again");
        Problems.assertProblem(Http.as(base, Demo.ASSESSOR).post("/api/passports/" + issued.id() + "/suspension",
                "{\"reason\":\"again\"}"), 409);
        assertEquals(Set.of(), buttons(trust.open(path)), "nobody may rely on a suspended passport");
        assertTrue(trust.open(path).text().contains("cannot be relied on while it is suspended"));
        assertEquals(409, trust.post(path + "/reliance", "").statusCode());

        assertEquals(Set.of("RENEW"), allowed(issued.supplier().http(), issued.id()), "the module lets its supplier renew it");
        assertEquals(1, supplier.open("/supplier").select("form[action=" + path + "/renewal]").size(),
                "the dashboard offers the renewal the module allows");
        HttpResponse<String> renewal = supplier.post(path + "/renewal", "");
        assertEquals(303, renewal.statusCode(), renewal.body());
        assertTrue(renewal.headers().firstValue("Location").orElse("").contains("/supplier/submissions/"));
    }

    @Test
    void anExpiredPassportCannotBeSuspendedAndAMissingReasonReadsTheSameOnThePageAndInTheApi() throws Exception {
        Issued issued = IssuedPassports.issue(base);
        String path = "/passports/" + issued.id();
        SignedInPages assessor = SignedInPages.as(base, Demo.ASSESSOR);

        HttpResponse<String> page = assessor.post(path + "/suspension", "reason=");
        assertEquals(400, page.statusCode());
        String pageMessage = Jsoup.parse(page.body()).selectFirst(".nhsuk-error-summary a").text();
        JsonObject problem = Problems.assertValidationProblem(Http.as(base, Demo.ASSESSOR)
                .post("/api/passports/" + issued.id() + "/suspension", "{\"reason\":\"\"}"));
        assertEquals(pageMessage, problem.getJsonArray("errors").getJsonObject(0).getString("message"),
                "the page and the API quote the module's message");
        HttpResponse<String> tooLong = assessor.post(path + "/suspension", "reason=" + "x".repeat(2001));
        assertEquals(400, tooLong.statusCode());
        assertEquals("Keep the reason to 2000 characters or fewer", Jsoup.parse(tooLong.body()).selectFirst(".nhsuk-error-summary a").text());

        database("update assurance.passport set expires_on = current_date - 1 where id = ?", issued.id());
        assertEquals(200, Http.as(base, Demo.ADMIN).post("/api/admin/passport-statuses", "").status());
        assertEquals("EXPIRED", Http.as(base, Demo.ASSESSOR).get("/api/passports/" + issued.id()).json().getString("status"));

        assertEquals(Set.of("Revoke passport"), buttons(assessor.open(path)), "no Suspend button on an expired passport");
        Problems.assertProblem(Http.as(base, Demo.ASSESSOR).post("/api/passports/" + issued.id() + "/suspension",
                "{\"reason\":\"Expired evidence\"}"), 409);
        SignedInPages supplier = SignedInPages.as(base, issued.supplier().contactEmail(), issued.supplier().password());
        assertEquals(1, supplier.open(path).select("form[action=" + path + "/renewal]").size(), "an expired passport is renewed");
    }

    private static Set<String> allowed(Http http, String passportId) {
        Reply reply = http.get("/api/passports/" + passportId);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("allowed").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    /** The buttons of the page's main content, by what a screen reader announces. */
    private static Set<String> buttons(Document page) {
        return Set.copyOf(page.select("main button").eachText());
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
