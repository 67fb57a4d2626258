package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A passport's life after issue, on the demo supplier's BreatheWell passport: renewal that replaces
 * only the lapsed evidence and reviews only what it touches, tampering detected by the digest, and
 * the expiry job that tells every relying trust.
 */
@ExtendWith(ArquillianExtension.class)
class PassportLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void renewalReviewsOnlyWhatChangedThenTamperingAndExpiryAreCaught() throws Exception {
        Http supplier = Http.as(base, Demo.SUPPLIER);
        Http assessor = Http.as(base, Demo.ASSESSOR);
        JsonObject old = Views.objects(supplier.get("/api/passports").array()).stream()
                .filter(p -> p.getString("productName").equals("BreatheWell") && p.getString("status").matches("ISSUED|EXPIRING"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo passport is missing"));

        Reply renewal = supplier.post("/api/passports/" + old.getString("id") + "/renewal", "");
        assertEquals(201, renewal.status(), renewal.body());
        JsonObject draft = renewal.json();
        String renewalId = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(old.getString("id"), draft.getString("renews"));
        assertTrue(Views.objects(draft.getJsonArray("criteria")).stream().filter(c -> c.getBoolean("applies"))
                .allMatch(c -> "MET".equals(Views.decision(c))), "every decision is carried over");

        JsonObject cyberEssentials = Uploads.current(supplier, renewalId).stream()
                .filter(e -> e.getString("type").equals("CYBER_ESSENTIALS")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        byte[] certificate = EvidencePdfs.valid(1, "Cyber Essentials certificate renewed");
        Reply replaced = Uploads.replace(supplier, renewalId, cyberEssentials.getString("id"),
                Uploads.Upload.pdf("CYBER_ESSENTIALS", today.minusDays(10), "cyber-essentials-2.pdf", certificate));
        assertEquals(201, replaced.status(), replaced.body());
        assertEquals(2, replaced.json().getInt("versionNumber"));

        JsonObject submitted = supplier.post("/api/submissions/" + renewalId + "/submit", "").json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        List<String> reopened = Views.objects(submitted.getJsonArray("criteria")).stream()
                .filter(c -> c.getBoolean("applies") && Views.decision(c) == null).map(c -> c.getString("code")).toList();
        assertFalse(reopened.isEmpty(), "the criteria asking for Cyber Essentials are reviewed again");
        assertTrue(reopened.stream().allMatch(code -> code.startsWith("C3")), "only security criteria reopen: " + reopened);
        for (String code : reopened) {
            Reply decided = assessor.post("/api/submissions/" + renewalId + "/decisions",
                    "{\"criterionCode\":\"" + code + "\",\"decision\":\"MET\"}");
            assertEquals(200, decided.status(), decided.body());
        }
        Reply issued = assessor.post("/api/submissions/" + renewalId + "/passport", "{}");
        assertEquals(201, issued.status(), issued.body());
        JsonObject renewed = issued.json();
        JsonObject superseded = assessor.get("/api/passports/" + old.getString("id")).json();
        assertEquals("SUPERSEDED", superseded.getString("status"));
        assertEquals(renewed.getString("id"), superseded.getString("supersededBy"));
        assertTrue(Views.objects(renewed.getJsonArray("evidence")).stream()
                .anyMatch(e -> e.getString("sha256").equalsIgnoreCase(EvidencePdfs.sha256(certificate))));

        assertEquals(201, Http.as(base, Demo.TRUST_BUCKS).post("/api/passports/" + renewed.getString("id") + "/reliances", "").status());

        String originalName = renewed.getString("productName");
        database("update assurance.passport set product_name = 'BreatheWell Pro' where id = ?", renewed.getString("id"));
        JsonObject tampered = Http.anonymous(base).get("/api/verify/" + renewed.getString("code")).json();
        assertFalse(tampered.getBoolean("valid"));
        assertTrue(tampered.getString("reason").contains("signature"), tampered.toString());
        database("update assurance.passport set product_name = '" + originalName + "' where id = ?", renewed.getString("id"));
        assertTrue(Http.anonymous(base).get("/api/verify/" + renewed.getString("code")).json().getBoolean("valid"));

        // The job re-reads dates from the record; moving the date back stands in for time passing.
        database("update assurance.passport set expires_on = current_date - 1 where id = ?", renewed.getString("id"));
        Reply job = Http.as(base, Demo.ADMIN).post("/api/admin/passport-statuses", "");
        assertEquals(200, job.status(), job.body());
        assertTrue(job.json().getInt("changed") >= 1);
        assertEquals("EXPIRED", assessor.get("/api/passports/" + renewed.getString("id")).json().getString("status"));
        JsonObject notice = awaitNotification(Http.as(base, Demo.TRUST_BUCKS), renewed.getString("id"));
        assertEquals("EXPIRED", notice.getString("kind"));
    }

    private static JsonObject awaitNotification(Http trust, String passportId) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            var found = Views.objects(trust.get("/api/notifications").array()).stream()
                    .filter(n -> n.getString("passportId").equals(passportId)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no notification reached the relying trust");
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
