package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new version of a passported product carries its assurance: the submission opened for it starts
 * with every answer, document and decision of the earlier version's passport; the assessor reviews
 * only what the supplier changed, and cannot issue before that is decided; the new passport covers the
 * new version while the earlier one stays valid for the earlier version.
 */
@ExtendWith(ArquillianExtension.class)
class NewProductVersionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewVersionReachesAPassportWithOnlyChangedCriteriaReviewed() {
        Issued earlier = IssuedPassports.issue(base);
        Http supplier = earlier.supplier().http();
        Http assessor = Http.as(base, Demo.ASSESSOR);
        String earlierProduct = Views.text(earlier.passport(), "productId");
        String earlierCode = Views.text(earlier.passport(), "code");
        JsonObject details = Views.object(supplier.get("/api/products/" + earlierProduct).json(), "details");
        Reply versioned = supplier.post("/api/products/" + earlierProduct + "/versions",
                Json.createObjectBuilder(details).add("version", "2.0").build().toString());
        assertEquals(201, versioned.status(), versioned.body());
        String productId = Views.text(versioned.json(), "id");

        JsonObject draft = Suppliers.openDtac(supplier, productId);
        String submissionId = Views.text(draft, "id");
        assertEquals("DRAFT", Views.text(draft, "status"));
        assertTrue(Views.strings(draft, "missingEvidence").isEmpty(), "the documents come with it: " + draft);
        assertEquals("2", Views.text(draft, "templateVersion"), "the template version in force");
        JsonObject carried = supplier.get("/api/submissions/" + submissionId + "/review-scope").json();
        assertEquals(earlier.id(), Views.text(carried, "carriedFrom"));
        assertEquals(earlierCode, Views.text(carried, "carriedFromCode"));
        assertTrue(Views.array(carried, "toReview").isEmpty(), "nothing changed yet: " + carried);
        Set<String> applying = Views.objects(Views.array(draft, "criteria")).stream().filter(c -> Views.flag(c, "applies"))
                .map(c -> Views.text(c, "code")).collect(Collectors.toSet());
        assertEquals(applying, codes(carried, "carried"), "every decision is carried over");
        String assessorName = Views.text(earlier.passport(), "assessorName");
        String decidedOn = LocalDate.now(ZoneOffset.UTC).toString();
        JsonObject a1 = Views.objects(Views.array(carried, "carried")).stream().filter(c -> Views.text(c, "criterionCode").equals("A1"))
                .findFirst().orElseThrow();
        assertEquals("MET", Views.text(a1, "decision"));
        assertEquals(assessorName, Views.text(a1, "decidedBy"));
        assertEquals(decidedOn, Views.text(a1, "decidedOn"));
        assertEquals(earlierCode, Views.text(a1, "passportCode"));

        Reply changed = supplier.put("/api/submissions/" + submissionId + "/answers", DtacAnswers.answersJson(
                draft.getJsonNumber("revision").longValue(), Map.of("A3", "2.0", "C3.6", "Pen Testers Ltd (CREST), retested")));
        assertEquals(200, changed.status(), changed.body());
        Reply submitted = supplier.post("/api/submissions/" + submissionId + "/submit", "");
        assertEquals(200, submitted.status(), submitted.body());

        JsonObject scope = assessor.get("/api/submissions/" + submissionId + "/review-scope").json();
        assertEquals(Set.of("A3", "C3.6"), codes(scope, "toReview"), "only what the supplier changed: " + scope);
        Views.objects(Views.array(scope, "toReview")).forEach(c -> {
            assertEquals("The supplier changed the answer", Views.text(c, "reason"));
            assertNull(Views.text(c, "decision"));
        });
        assertEquals(applying.size() - 2, Views.array(scope, "carried").size());

        JsonObject waiting = assessor.get("/api/submissions/" + submissionId).json();
        assertTrue(Views.strings(waiting, "allowed").contains("DECIDE"));
        assertTrue(!Views.strings(waiting, "allowed").contains("ISSUE_PASSPORT"), "not before the changes are reviewed");
        JsonObject refused = Problems.assertProblem(assessor.post("/api/submissions/" + submissionId + "/passport", "{}"),
                409, "/problems/review-outstanding");
        assertTrue(Views.text(refused, "detail").contains("A3") && Views.text(refused, "detail").contains("C3.6"), refused.toString());

        Document page = SignedInPages.as(base, Demo.ASSESSOR).open("/assessor/submissions/" + submissionId);
        assertEquals(List.of("A3: The supplier changed the answer", "C3.6: The supplier changed the answer"),
                page.select("#to-review li").eachText());
        assertEquals("Carried over decided on " + decidedOn + " by " + assessorName + " for passport " + earlierCode,
                page.selectFirst("#criterion-A1 .carried").text());
        assertEquals("To review The supplier changed the answer", page.selectFirst("#criterion-A3 .to-review").text());
        assertTrue(page.select("form[action$=/passport]").isEmpty(), "no passport form before the review");

        Problems.assertProblem(assessor.get("/api/submissions/" + UUID.randomUUID() + "/review-scope"), 404, "/problems/not-found");
        Problems.assertProblem(Http.as(base, Demo.SUPPLIER).get("/api/submissions/" + submissionId + "/review-scope"), 404,
                "/problems/not-found");

        JsonObject securityDecided = decide(assessor, submissionId, "C3.6");
        assertTrue(Views.flag(securityDecided, "passes"), "the pass rule holds: A3 is not in a section it names");
        assertTrue(!Views.strings(securityDecided, "allowed").contains("ISSUE_PASSPORT"), "A3 is still to review");
        JsonObject stillRefused = Problems.assertProblem(assessor.post("/api/submissions/" + submissionId + "/passport", "{}"),
                409, "/problems/review-outstanding");
        assertTrue(Views.text(stillRefused, "detail").endsWith("first: A3."), stillRefused.toString());
        assertTrue(Views.strings(decide(assessor, submissionId, "A3"), "allowed").contains("ISSUE_PASSPORT"));
        assertTrue(assessor.get("/api/submissions/" + submissionId + "/review-scope").json().getJsonArray("toReview").stream()
                .allMatch(c -> "MET".equals(Views.text(c.asJsonObject(), "decision"))));
        Reply issued = assessor.post("/api/submissions/" + submissionId + "/passport", "{}");
        assertEquals(201, issued.status(), issued.body());
        JsonObject passport = issued.json();
        assertEquals(productId, Views.text(passport, "productId"), "the new passport covers the new version");
        assertEquals("2.0", Views.text(passport, "productVersion"));
        assertNotEquals(earlierCode, Views.text(passport, "code"));

        JsonObject kept = assessor.get("/api/passports/" + earlier.id()).json();
        assertEquals("ISSUED", Views.text(kept, "status"), "the earlier version keeps its passport: " + kept);
        assertNull(Views.text(kept, "supersededBy"));
        JsonObject verified = Http.anonymous(base).get("/api/verify/" + earlierCode).json();
        assertTrue(Views.flag(verified, "valid"), verified.toString());
        assertEquals(Views.text(earlier.passport(), "productVersion"), Views.text(verified, "productVersion"));
        assertNotNull(Views.text(Http.anonymous(base).get("/api/verify/" + Views.text(passport, "code")).json(), "productVersion"));
    }

    private static JsonObject decide(Http assessor, String submissionId, String code) {
        Reply decided = assessor.post("/api/submissions/" + submissionId + "/decisions",
                Json.createObjectBuilder().add("criterionCode", code).add("decision", "MET").build().toString());
        assertEquals(200, decided.status(), decided.body());
        return decided.json();
    }

    private static Set<String> codes(JsonObject scope, String list) {
        return Views.objects(Views.array(scope, list)).stream().map(c -> Views.text(c, "criterionCode")).collect(Collectors.toSet());
    }
}
