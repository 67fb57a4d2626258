package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Uploads.Upload;
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
 * Evidence uploads on the real stack: every file that is not an ordinary, readable PDF within the
 * limits is refused with its own problem and leaves nothing behind; a good one is stored exactly as
 * sent, and a replacement is a new version that keeps the old.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceRefusalIT {
    private static Draft draft;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void imageNamedPdfIsRefusedAsNotAPdfAndNothingIsStored() {
        assertRefused(upload("screenshot.pdf", EvidencePdfs.png()), 415, "/problems/evidence-not-pdf");
    }

    @Test
    void textFileNamedPdfIsRefusedAsNotAPdfAndNothingIsStored() {
        assertRefused(upload("dspt-status.pdf", EvidencePdfs.text()), 415, "/problems/evidence-not-pdf");
    }

    @Test
    void emptyFileIsRefusedAndNothingIsStored() {
        assertRefused(upload("empty.pdf", EvidencePdfs.empty()), 400, "/problems/evidence-empty");
    }

    @Test
    void pdfHeaderFollowedByGarbageIsRefusedAsCorruptAndNothingIsStored() {
        assertRefused(upload("damaged.pdf", EvidencePdfs.corrupt()), 422, "/problems/evidence-corrupt");
    }

    @Test
    void passwordProtectedPdfIsRefusedAsEncryptedAndNothingIsStored() {
        assertRefused(upload("protected.pdf", EvidencePdfs.encrypted("user-secret")), 422, "/problems/evidence-encrypted");
    }

    @Test
    void fileOverTwentyFiveMegabytesIsRefusedAsTooLargeAndNothingIsStored() {
        byte[] large = EvidencePdfs.tooLarge();
        assertTrue(large.length > EvidencePdfs.MAX_BYTES);
        assertRefused(upload("huge.pdf", large), 413, "/problems/evidence-too-large");
    }

    @Test
    void pdfOfFiveHundredAndOnePagesIsRefusedAndNothingIsStored() {
        byte[] pdf = EvidencePdfs.tooManyPages();
        assertEquals(EvidencePdfs.MAX_PAGES + 1, EvidencePdfs.pageCountOf(pdf));
        assertRefused(upload("long.pdf", pdf), 422, "/problems/evidence-too-many-pages");
    }

    @Test
    void pdfThatInflatesToAGigabyteIsRefusedAsTooComplexQuicklyAndNothingIsStored() {
        byte[] bomb = EvidencePdfs.bomb(10, 1024);
        assertTrue(bomb.length < 2 * EvidencePdfs.MIB, "the bomb itself is small: " + bomb.length + " bytes");
        long started = System.nanoTime();
        Upload upload = upload("bomb.pdf", bomb);
        assertRefused(upload, 422, "/problems/evidence-too-complex");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "refused within the time limit, took " + took);
        Reply healthy = Http.anonymous(base).get("/api/templates");
        assertEquals(200, healthy.status(), "the server still answers after the bomb: " + healthy);
    }

    @Test
    void validPdfIsStoredWithItsHashPageCountAndDetails() {
        Draft draft = draft();
        Http supplier = draft.supplier().http();
        byte[] pdf = EvidencePdfs.valid(3, "data protection impact assessment");
        LocalDate issuedOn = LocalDate.now().minusDays(20);
        Upload upload = new Upload("DPIA", "DPIA-2026-07", "Brightwell IG team", issuedOn, null, "dpia.pdf",
                "application/pdf", pdf);

        JsonObject stored = Uploads.attached(supplier, draft.submissionId(), upload);

        String id = Views.text(stored, "id");
        assertEquals(EvidencePdfs.sha256(pdf), Views.text(stored, "sha256").toLowerCase());
        assertEquals(3, stored.getInt("pageCount"));
        assertEquals(pdf.length, stored.getJsonNumber("sizeBytes").longValue());
        assertEquals("DPIA", Views.text(stored, "type"));
        assertEquals("DPIA-2026-07", Views.text(stored, "reference"));
        assertEquals("Brightwell IG team", Views.text(stored, "issuer"));
        assertEquals(issuedOn, Views.date(stored, "issuedOn"));
        assertNull(Views.date(stored, "expiresOn"), "a DPIA does not expire by date");
        assertEquals("dpia.pdf", Views.text(stored, "fileName"));
        assertEquals(draft.supplier().organisationId(), Views.text(stored, "supplierId"));
        assertEquals(1, stored.getInt("versionNumber"));
        assertNull(Views.text(stored, "supersedes"));
        assertEquals(List.of(), Views.strings(stored, "activeContent"), "an ordinary PDF has no active content");
        assertTrue(ids(supplier).contains(id), "the submission lists the stored document");

        Reply one = supplier.get("/api/evidence/" + id);
        assertEquals(200, one.status(), one.body());
        assertEquals(Views.text(stored, "sha256"), Views.text(one.json(), "sha256"));
        Reply content = supplier.get("/api/evidence/" + id + "/content");
        assertEquals(200, content.status(), content.body());
        assertTrue(content.header("Content-Type").startsWith("application/pdf"), content.header("Content-Type"));
        assertArrayEquals(pdf, content.bytes(), "the document comes back byte for byte");
        assertEquals(Views.text(stored, "sha256").toLowerCase(), EvidencePdfs.sha256(content.bytes()));
    }

    @Test
    void replacementIsVersionTwoWhileTheOldVersionStaysRetrievable() {
        Draft draft = draft();
        Http supplier = draft.supplier().http();
        byte[] first = EvidencePdfs.valid(1, "privacy notice, first edition");
        byte[] second = EvidencePdfs.valid(2, "privacy notice, second edition");
        JsonObject original = Uploads.attached(supplier, draft.submissionId(),
                Upload.pdf("PRIVACY_NOTICE", LocalDate.now().minusMonths(2), "privacy-v1.pdf", first));
        String oldId = Views.text(original, "id");

        Reply replaced = Uploads.replace(supplier, draft.submissionId(), oldId,
                Upload.pdf("PRIVACY_NOTICE", LocalDate.now().minusDays(1), "privacy-v2.pdf", second));

        assertEquals(201, replaced.status(), replaced.body());
        JsonObject replacement = replaced.json();
        String newId = Views.text(replacement, "id");
        assertFalse(oldId.equals(newId), "a new version is a new document");
        assertEquals(2, replacement.getInt("versionNumber"));
        assertEquals(oldId, Views.text(replacement, "supersedes"));
        assertEquals(EvidencePdfs.sha256(second), Views.text(replacement, "sha256").toLowerCase());
        assertEquals(2, replacement.getInt("pageCount"));

        List<String> current = ids(supplier);
        assertTrue(current.contains(newId), "the list shows the new version");
        assertFalse(current.contains(oldId), "the list shows current versions only");

        Reply old = supplier.get("/api/evidence/" + oldId);
        assertEquals(200, old.status(), "the old version stays retrievable: " + old);
        assertEquals(1, old.json().getInt("versionNumber"));
        assertEquals(EvidencePdfs.sha256(first), Views.text(old.json(), "sha256").toLowerCase());
        Reply oldContent = supplier.get("/api/evidence/" + oldId + "/content");
        assertEquals(200, oldContent.status(), oldContent.body());
        assertArrayEquals(first, oldContent.bytes(), "the old version's bytes are kept");
    }

    @Test
    void refusedReplacementLeavesTheCurrentVersionInPlace() {
        Draft draft = draft();
        Http supplier = draft.supplier().http();
        JsonObject original = Uploads.attached(supplier, draft.submissionId(),
                Upload.pdf("HAZARD_LOG", LocalDate.now().minusMonths(1), "hazards.pdf", EvidencePdfs.valid(1, "hazard log")));
        List<String> before = ids(supplier);

        Reply refused = Uploads.replace(supplier, draft.submissionId(), Views.text(original, "id"),
                Upload.pdf("HAZARD_LOG", LocalDate.now(), "hazards-v2.pdf", EvidencePdfs.corrupt()));

        Problems.assertProblem(refused, 422, "/problems/evidence-corrupt");
        assertEquals(before, ids(supplier), "a refused new version stores nothing");
    }

    @Test
    void wordsInAStoredPdfCanBeSearched() throws InterruptedException {
        Draft draft = draft();
        Http supplier = draft.supplier().http();
        String word = "zyx" + Suppliers.token(8);
        JsonObject stored = Uploads.attached(supplier, draft.submissionId(), Upload.pdf("OTHER", LocalDate.now().minusDays(3),
                "research.pdf", EvidencePdfs.valid(2, "user research summary " + word + " with ward nurses")));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Reply found = supplier.get("/api/submissions/" + draft.submissionId() + "/evidence/search?q=" + word);
            assertEquals(200, found.status(), found.body());
            List<JsonObject> matches = Views.objects(found.array());
            if (!matches.isEmpty()) {
                JsonObject match = matches.get(0);
                assertEquals(Views.text(stored, "id"), Views.text(match, "evidenceId"));
                assertEquals("OTHER", Views.text(match, "type"));
                assertEquals("research.pdf", Views.text(match, "fileName"));
                assertTrue(Views.text(match, "excerpt").contains(word), "the excerpt shows the word: " + match);
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("the uploaded text was not found by search within 15 s");
            }
            Thread.sleep(500);
        }
    }

    /** A refusal: the status and problem type, and the submission's evidence exactly as before. */
    private void assertRefused(Upload upload, int status, String type) {
        Draft draft = draft();
        Http supplier = draft.supplier().http();
        List<String> before = ids(supplier);
        Reply reply = Uploads.attach(supplier, draft.submissionId(), upload);
        Problems.assertProblem(reply, status, type);
        assertEquals(before, ids(supplier), "a refused upload stores nothing");
    }

    private static Upload upload(String fileName, byte[] content) {
        return Upload.pdf("DPIA", LocalDate.now().minusDays(10), fileName, content);
    }

    private List<String> ids(Http supplier) {
        return Uploads.current(supplier, draft().submissionId()).stream().map(e -> Views.text(e, "id")).sorted().toList();
    }

    /** One supplier and draft submission for the whole class, made on first use. */
    private synchronized Draft draft() {
        if (draft == null) {
            draft = Suppliers.draft(base);
        }
        return draft;
    }
}
