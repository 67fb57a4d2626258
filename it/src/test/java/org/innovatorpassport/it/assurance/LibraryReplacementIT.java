package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.innovatorpassport.it.assurance.IssuedPassports.Issued;
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
 * Replacing an organisation document in the supplier's evidence library makes every passport that
 * covers the old one expiring (it must be renewed to cover the new one), and each relying trust is
 * told once per passport however often the document is replaced; the status job leaves it expiring.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryReplacementIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void replacingALibraryItemMakesCoveringPassportsExpiringAndTellsRelyingTrustsOnce() throws Exception {
        Issued issued = IssuedPassports.issue(base);
        Http supplier = issued.supplier().http();
        Http trust = Http.as(base, Demo.TRUST_BUCKS);
        assertEquals("ISSUED", Views.text(issued.passport(), "status"));
        assertEquals(201, trust.post("/api/passports/" + issued.id() + "/reliances", "").status());

        for (int round = 1; round <= 2; round++) {
            Reply replaced = library(supplier, Uploads.Upload.pdf("CYBER_ESSENTIALS", LocalDate.now().minusDays(round),
                    "cyber-essentials-" + round + ".pdf", EvidencePdfs.valid(1, "Cyber Essentials renewed, round " + round)));
            assertEquals(201, replaced.status(), replaced.body());
        }

        JsonObject passport = awaitStatus(supplier, issued.id(), "EXPIRING");
        assertTrue(Views.text(passport, "statusReason").contains("replaced"), passport.toString());
        JsonObject verified = Http.anonymous(base).get("/api/verify/" + Views.text(passport, "code")).json();
        assertTrue(Views.flag(verified, "valid"), "it still vouches for what was assessed: " + verified);

        List<JsonObject> notices = awaitNotices(trust, issued.id());
        assertEquals(1, notices.size(), "once per passport: " + notices);
        assertEquals("EXPIRING", Views.text(notices.get(0), "kind"));

        Reply job = Http.as(base, Demo.ADMIN).post("/api/admin/passport-statuses", "");
        assertEquals(200, job.status(), job.body());
        assertEquals("EXPIRING", Views.text(supplier.get("/api/passports/" + issued.id()).json(), "status"),
                "the date alone does not make it issued again");
        Thread.sleep(2000);
        assertEquals(1, notices(trust, issued.id()).size(), "still told once");
    }

    private static Reply library(Http supplier, Uploads.Upload upload) {
        Multipart multipart = new Multipart();
        byte[] body = upload.body(multipart);
        return supplier.send("POST", "/api/suppliers/me/evidence-library", multipart.contentType(), body);
    }

    private static JsonObject awaitStatus(Http http, String passportId, String status) throws InterruptedException {
        JsonObject passport = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            passport = http.get("/api/passports/" + passportId).json();
            if (status.equals(Views.text(passport, "status"))) {
                return passport;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the passport did not become " + status + ": " + passport);
    }

    private static List<JsonObject> awaitNotices(Http trust, String passportId) throws InterruptedException {
        for (int attempt = 0; attempt < 40; attempt++) {
            List<JsonObject> found = notices(trust, passportId);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no notice reached the relying trust");
    }

    private static List<JsonObject> notices(Http trust, String passportId) {
        return Views.objects(trust.get("/api/notifications").array()).stream()
                .filter(n -> passportId.equals(Views.text(n, "passportId"))).toList();
    }
}
