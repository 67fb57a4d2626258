package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.assurance.Uploads.Upload;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.SignedInPages;
import org.jsoup.nodes.Document;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence about the organisation is proved once: a supplier with two products uploads its Cyber
 * Essentials certificate and DSPT publication once, both products' submissions use them, both reach
 * a passport, and the assessor's sign-off of the first is what the second passport shows.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationEvidenceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void twoProductsUseOneCyberEssentialsUploadAndReuseItsSignOff() {
        Supplier supplier = Suppliers.register(base);
        Http http = supplier.http();
        LocalDate issuedOn = LocalDate.now().minusMonths(1);
        JsonObject first = Suppliers.createProduct(http, "Ward Board " + Suppliers.token(4), "1.0");
        JsonObject second = Suppliers.createProduct(http, "Clinic Queue " + Suppliers.token(4), "2.1");
        String a = Views.text(Suppliers.openDtac(http, Views.text(first, "id")), "id");
        String b = Views.text(Suppliers.openDtac(http, Views.text(second, "id")), "id");
        DtacAnswers.forProduct(base, supplier, first, issuedOn, issuedOn).fill(http, a);
        DtacAnswers.forProduct(base, supplier, second, issuedOn, issuedOn).fill(http, b);

        List<String> neededByB = missing(http, b);
        assertTrue(neededByB.contains("CYBER_ESSENTIALS"), "before any upload both need it: " + neededByB);
        uploadMissing(http, a, issuedOn);
        JsonObject cyberEssentials = Uploads.current(http, a).stream()
                .filter(e -> "CYBER_ESSENTIALS".equals(Views.text(e, "type"))).findFirst().orElseThrow();
        assertTrue(Views.flag(cyberEssentials, "organisation"), "Cyber Essentials is organisation evidence: " + cyberEssentials);
        String certificate = Views.text(cyberEssentials, "id");

        List<String> stillNeeded = missing(http, b);
        assertFalse(stillNeeded.contains("CYBER_ESSENTIALS"), "the second product needs no new upload: " + stillNeeded);
        assertFalse(stillNeeded.contains("DSPT_ASSESSMENT"), "nor a second DSPT: " + stillNeeded);
        assertTrue(Uploads.current(http, b).stream().anyMatch(e -> certificate.equals(Views.text(e, "id"))),
                "the second submission lists the same certificate");

        Reply library = http.get("/api/suppliers/me/evidence-library");
        assertEquals(200, library.status(), library.body());
        JsonObject entry = Views.objects(library.array()).stream()
                .filter(e -> certificate.equals(Views.text(Views.object(e, "evidence"), "id"))).findFirst().orElseThrow();
        List<String> products = Views.strings(entry, "products");
        assertEquals(2, products.size(), "both products rely on it: " + entry);
        assertNotNull(Views.text(Views.object(entry, "evidence"), "expiresOn"), "its expiry is shown: " + entry);

        Problems.assertProblem(libraryRefusal(http, issuedOn), 400);

        uploadMissing(http, b, issuedOn);
        JsonObject passportA = pass(http, a);
        JsonObject passportB = pass(http, b);
        for (JsonObject passport : List.of(passportA, passportB)) {
            assertTrue(Views.objects(Views.array(passport, "evidence")).stream()
                    .anyMatch(e -> certificate.equals(Views.text(e, "evidenceId"))), "each passport covers the certificate: " + passport);
        }
        String signOff = Views.text(http.get("/api/evidence/" + certificate).json(), "signOff");
        assertNotNull(signOff, "the certificate carries its sign-off");
        assertTrue(signOff.startsWith("signed off on " + LocalDate.now() + " by "), signOff);
        assertTrue(signOff.contains(Views.text(Views.object(first, "details"), "name")),
                "the sign-off is the one given for the first product's submission: " + signOff);

        JsonObject relied = Views.objects(http.get("/api/suppliers/me/evidence-library").array()).stream()
                .filter(e -> certificate.equals(Views.text(Views.object(e, "evidence"), "id"))).findFirst().orElseThrow();
        assertEquals(2, Views.strings(relied, "passports").size(), "both passports rely on it: " + relied);

        Document page = SignedInPages.as(base, supplier.contactEmail(), supplier.password()).open("/supplier/evidence-library");
        assertEquals("Evidence library", page.selectFirst("h1").text());
        assertTrue(page.text().contains(signOff), "the page shows the sign-off: " + page.text());
        assertTrue(page.text().contains(Views.text(Views.object(second, "details"), "name")), "and the products relying on it");
    }

    private static Reply libraryRefusal(Http http, LocalDate issuedOn) {
        Multipart multipart = new Multipart();
        byte[] body = Upload.pdf("DPIA", issuedOn, "dpia.pdf", EvidencePdfs.valid(1, "a product's DPIA")).body(multipart);
        return http.send("POST", "/api/suppliers/me/evidence-library", multipart.contentType(), body);
    }

    private static List<String> missing(Http http, String submissionId) {
        return Views.strings(http.get("/api/submissions/" + submissionId).json(), "missingEvidence");
    }

    private static void uploadMissing(Http http, String submissionId, LocalDate issuedOn) {
        LocalDate today = LocalDate.now();
        for (String type : missing(http, submissionId)) {
            LocalDate on = type.equals("DSPT_ASSESSMENT") && !Uploads.nextDsptDeadline(issuedOn).isAfter(today) ? today : issuedOn;
            Uploads.attached(http, submissionId, Upload.pdf(type, on, type.toLowerCase() + ".pdf",
                    EvidencePdfs.valid(1, type + " of the organisation")));
        }
    }

    private JsonObject pass(Http supplier, String submissionId) {
        Reply submitted = supplier.post("/api/submissions/" + submissionId + "/submit", null);
        assertEquals(200, submitted.status(), submitted.body());
        Http assessor = Http.as(base, Demo.ASSESSOR);
        for (JsonObject criterion : Views.objects(Views.array(submitted.json(), "criteria"))) {
            if (Views.flag(criterion, "applies")) {
                Reply decided = assessor.post("/api/submissions/" + submissionId + "/decisions", Json.createObjectBuilder()
                        .add("criterionCode", Views.text(criterion, "code")).add("decision", "MET").build().toString());
                assertEquals(200, decided.status(), decided.body());
            }
        }
        Reply issued = assessor.post("/api/submissions/" + submissionId + "/passport",
                Json.createObjectBuilder().add("conditions", Json.createArrayBuilder()).build().toString());
        assertEquals(201, issued.status(), "issuing the passport: " + issued);
        return issued.json();
    }
}
