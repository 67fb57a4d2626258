package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.it.assurance.AssuranceBodies.Assessor;
import org.innovatorpassport.it.assurance.AssuranceBodies.Body;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review conversations on the real stack: an assessor takes a submission for a colleague, asks on a
 * criterion, the supplier answers in writing with a document (on its page), either follows up; a
 * return tells the supplier and a resubmission tells the assessor, in the app, through the outbox;
 * each side's "awaiting" list shows its turn; other suppliers and other bodies are kept out.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewConversationIT {
    private static final long NOTIFICATION_WAIT_MILLIS = 60_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void assessorAsksSupplierAnswersAndEachIsToldWhenItIsTheirTurn() throws Exception {
        Body body = AssuranceBodies.create(base, 2);
        Body otherBody = AssuranceBodies.create(base, 1);
        Assessor lead = body.assessor(0);
        Assessor colleague = body.assessor(1);
        Draft draft = Suppliers.draft(base);
        JsonObject submitted = IssuedPassports.submit(draft).json();
        String id = draft.submissionId();
        Http supplier = draft.supplier().http();
        Http stranger = Suppliers.register(base).http();
        String criterion = Views.objects(Views.array(submitted, "criteria")).stream().filter(c -> Views.flag(c, "applies"))
                .map(c -> Views.text(c, "code")).filter(code -> code.startsWith("C")).findFirst().orElseThrow();
        String assignment = "/api/submissions/" + id + "/assignment";
        String clarifications = "/api/submissions/" + id + "/clarifications";

        // assignment: to a colleague of the same body, never to another body's assessor
        assertTrue(awaiting(lead.http(base)).stream().anyMatch(i -> is(i, id, "REVIEW", null)), "unassigned work waits for the body");
        Problems.assertValidationProblem(lead.http(base).put(assignment, assignTo(otherBody.assessor(0).id())));
        Problems.assertValidationProblem(lead.http(base).put(assignment, assignTo(UUID.randomUUID().toString())));
        Problems.assertProblem(lead.http(base).put(assignment, "{\"assessorId\":\"not-an-id\"}"), 400);
        Problems.assertProblem(supplier.put(assignment, assignTo(lead.id())), 403);
        Reply assigned = lead.http(base).put(assignment, assignTo(colleague.id()));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(colleague.name(), Views.text(assigned.json(), "assessorName"));
        Problems.assertProblem(otherBody.assessor(0).http(base).put(assignment, assignTo(otherBody.assessor(0).id())), 409,
                "/problems/assigned-elsewhere");
        assertTrue(awaiting(colleague.http(base)).stream().anyMatch(i -> is(i, id, "REVIEW", null)), "assigned to the colleague");
        assertFalse(awaiting(lead.http(base)).stream().anyMatch(i -> id.equals(Views.text(i, "submissionId"))), "no longer the lead's");
        assertFalse(awaiting(otherBody.assessor(0).http(base)).stream().anyMatch(i -> id.equals(Views.text(i, "submissionId"))));

        // the assessor asks; bad input is refused; only the owner supplier sees and answers
        Http assessor = colleague.http(base);
        Problems.assertValidationProblem(assessor.post(clarifications, note(criterion, " ", null)));
        Problems.assertValidationProblem(assessor.post(clarifications, note("ZZ99", "Anything?", null)));
        Problems.assertProblem(assessor.post(clarifications, "{\"criterionCode\":"), 400);
        Problems.assertProblem(supplier.post(clarifications, note(criterion, "Unasked", null)), 409, "/problems/no-question");
        Reply asked = assessor.post(clarifications, note(criterion, "Which penetration test covers the current release?", null));
        assertEquals(201, asked.status(), asked.body());
        assertTrue(Views.flag(asked.json(), "mayAsk"), asked.body());
        Problems.assertProblem(stranger.get(clarifications), 404, "/problems/not-found");
        Problems.assertProblem(stranger.post(clarifications, note(criterion, "Me too", null)), 404, "/problems/not-found");
        Problems.assertProblem(Http.as(base, Demo.TRUST).get(clarifications), 403);
        Reply seen = supplier.get(clarifications);
        assertEquals(200, seen.status(), seen.body());
        assertTrue(Views.flag(seen.json(), "mayAnswer"), seen.body());

        // a return tells the supplier, through the outbox, in the app
        Reply returned = assessor.post("/api/submissions/" + id + "/return", null);
        assertEquals(200, returned.status(), returned.body());
        JsonObject notice = notification(supplier, id, "SUBMISSION_RETURNED");
        assertTrue(Views.text(notice, "message").contains("1 question awaits"), notice.toString());
        assertTrue(notifications(stranger).stream().noneMatch(n -> id.equals(Views.text(n, "subjectId"))), "only the supplier is told");
        List<JsonObject> supplierWaits = awaiting(supplier);
        assertTrue(supplierWaits.stream().anyMatch(i -> is(i, id, "RETURNED", null)), supplierWaits.toString());
        assertTrue(supplierWaits.stream().anyMatch(i -> is(i, id, "QUESTION", criterion)), supplierWaits.toString());

        // the supplier answers on its page, pointing at a document of the submission
        String documentId = Views.text(Uploads.current(supplier, id).get(0), "id");
        String fileName = Views.text(Uploads.current(supplier, id).get(0), "fileName");
        Problems.assertValidationProblem(supplier.post(clarifications, note(criterion, "See this", UUID.randomUUID().toString())));
        SignedInPages supplierPages = SignedInPages.as(base, draft.supplier().contactEmail(), draft.supplier().password());
        Document page = supplierPages.open("/supplier/submissions/" + id);
        Element form = answerForm(page, criterion);
        assertNotNull(form.selectFirst("select[name=evidenceId] option[value=" + documentId + "]"), "the documents to point at");
        HttpResponse<String> blank = supplierPages.post(form.attr("action"), "criterion=" + criterion + "&text=");
        assertEquals(400, blank.statusCode());
        assertTrue(Jsoup.parse(blank.body()).select(".nhsuk-error-summary").text().contains("Write your question or answer"),
                "the refusal is in the error summary");
        HttpResponse<String> answered = supplierPages.post(form.attr("action"), "criterion=" + criterion
                + "&text=" + SignedInPages.encode("The March 2026 test covers release 1.0; see the report.") + "&evidenceId=" + documentId);
        assertEquals(303, answered.statusCode(), answered.body());
        Document after = supplierPages.open("/supplier/submissions/" + id);
        String thread = after.select("#clarifications ~ .nhsuk-inset-text").text();
        assertTrue(thread.contains("Which penetration test") && thread.contains("The March 2026 test") && thread.contains(fileName),
                "the thread on the supplier's page: " + thread);

        // the assessor sees the answer waiting, and follows up on the review page
        assertTrue(awaiting(assessor).stream().anyMatch(i -> is(i, id, "ANSWER", criterion)), "the answer awaits the assessor");
        SignedInPages assessorPages = SignedInPages.as(base, colleague.email(), colleague.password());
        Document review = assessorPages.open("/assessor/submissions/" + id);
        assertTrue(review.select("#assignment + p").text().contains(colleague.name() + " (you)"), review.select("#assignment + p").text());
        assertTrue(review.text().contains("The March 2026 test covers release 1.0"), "the thread on the review page");
        HttpResponse<String> followed = assessorPages.post("/assessor/submissions/" + id + "/clarifications",
                "criterion=" + criterion + "&text=" + SignedInPages.encode("Please also send the retest letter."));
        assertEquals(303, followed.statusCode(), followed.body());
        assertTrue(awaiting(supplier).stream().anyMatch(i -> is(i, id, "QUESTION", criterion)), "the follow-up awaits the supplier");
        Reply second = supplier.post(clarifications, note(criterion, "The retest letter is in the same report.", documentId));
        assertEquals(201, second.status(), second.body());
        JsonObject threadJson = Views.objects(Views.array(second.json(), "threads")).get(0);
        assertEquals(4, Views.array(threadJson, "messages").size(), second.body());

        // a resubmission tells the assigned assessor only
        Reply resubmitted = supplier.post("/api/submissions/" + id + "/submit", null);
        assertEquals(200, resubmitted.status(), resubmitted.body());
        JsonObject told = notification(assessor, id, "SUBMISSION_RESUBMITTED");
        assertTrue(notifications(lead.http(base)).stream().noneMatch(n -> id.equals(Views.text(n, "subjectId"))), "not the lead");
        Problems.assertProblem(lead.http(base).post("/api/inbox/notifications/" + Views.text(told, "id") + "/read", null), 404);
        Reply read = assessor.post("/api/inbox/notifications/" + Views.text(told, "id") + "/read", null);
        assertEquals(200, read.status(), read.body());
        assertNotNull(Views.text(read.json(), "readAt"), read.body());
        Document awaitingPage = assessorPages.open("/awaiting");
        assertNotNull(awaitingPage.selectFirst("#work ~ table a[href=/assessor/submissions/" + id + "]"), "the review waits on the page");
        assertTrue(awaitingPage.select("#notifications ~ table").text().contains("resubmitted"), "the notification on the page");
        Document supplierAwaiting = supplierPages.open("/awaiting");
        assertTrue(supplierAwaiting.select("#notifications ~ table").text().contains("returned for clarification"),
                supplierAwaiting.select("main").text());

        // withdrawn: the conversation is kept and read-only
        assertEquals(200, supplier.post("/api/submissions/" + id + "/withdrawal", null).status());
        Problems.assertProblem(assessor.post(clarifications, note(criterion, "Still there?", null)), 409, "/problems/conversation-closed");
        Problems.assertProblem(assessor.put(assignment, assignTo(colleague.id())), 409, "/problems/not-assignable");
        Reply kept = supplier.get(clarifications);
        assertEquals(200, kept.status(), kept.body());
        assertEquals(4, Views.array(Views.objects(Views.array(kept.json(), "threads")).get(0), "messages").size(), kept.body());
    }

    @Test
    void resubmissionOfAnUnassignedSubmissionTellsEveryAssessorOfTheBodyThatReturnedIt() throws Exception {
        Body body = AssuranceBodies.create(base, 2);
        Body otherBody = AssuranceBodies.create(base, 1);
        Draft draft = Suppliers.draft(base);
        IssuedPassports.submit(draft);
        String id = draft.submissionId();
        Http first = body.assessor(0).http(base);
        assertEquals(200, first.post("/api/submissions/" + id + "/return", null).status());
        Reply resubmitted = draft.supplier().http().post("/api/submissions/" + id + "/submit", null);
        assertEquals(200, resubmitted.status(), resubmitted.body());
        notification(first, id, "SUBMISSION_RESUBMITTED");
        notification(body.assessor(1).http(base), id, "SUBMISSION_RESUBMITTED");
        assertTrue(notifications(otherBody.assessor(0).http(base)).stream().noneMatch(n -> id.equals(Views.text(n, "subjectId"))));
        assertTrue(awaiting(body.assessor(1).http(base)).stream().anyMatch(i -> is(i, id, "REVIEW", null)), "unassigned in the body");
        assertTrue(awaiting(otherBody.assessor(0).http(base)).stream().noneMatch(i -> id.equals(Views.text(i, "submissionId"))));

        // the page assigns it to a colleague; the colleagues offered are the body's own
        SignedInPages pages = SignedInPages.as(base, body.assessor(0).email(), body.assessor(0).password());
        Document review = pages.open("/assessor/submissions/" + id);
        List<String> offered = review.select("select#assessorId option").eachAttr("value");
        assertEquals(List.of(body.assessor(0).id(), body.assessor(1).id()).stream().sorted().toList(), offered.stream().sorted().toList());
        HttpResponse<String> refused = pages.post("/assessor/submissions/" + id + "/assignment",
                "assessorId=" + otherBody.assessor(0).id());
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body()).select(".nhsuk-error-summary").text().contains("Choose yourself or an assessor of"));
        HttpResponse<String> done = pages.post("/assessor/submissions/" + id + "/assignment", "assessorId=" + body.assessor(1).id());
        assertEquals(303, done.statusCode(), done.body());
        assertTrue(awaiting(body.assessor(0).http(base)).stream().noneMatch(i -> id.equals(Views.text(i, "submissionId"))));
    }

    private static Element answerForm(Document page, String criterion) {
        return page.select("form[action$=/clarifications]").stream()
                .filter(f -> f.selectFirst("input[name=criterion][value=" + criterion + "]") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no answer form for " + criterion + " on " + page.select("main").text()));
    }

    private static boolean is(JsonObject item, String submissionId, String reason, String criterion) {
        return submissionId.equals(Views.text(item, "submissionId")) && reason.equals(Views.text(item, "reason"))
                && (criterion == null || criterion.equals(Views.text(item, "criterionCode")));
    }

    private static List<JsonObject> awaiting(Http http) {
        Reply reply = http.get("/api/inbox/awaiting");
        assertEquals(200, reply.status(), reply.body());
        return Views.objects(reply.array());
    }

    private static List<JsonObject> notifications(Http http) {
        Reply reply = http.get("/api/inbox/notifications");
        assertEquals(200, reply.status(), reply.body());
        return Views.objects(reply.array());
    }

    /** The outbox delivers after commit, so the notification appears shortly after the change. */
    private static JsonObject notification(Http http, String submissionId, String kind) throws InterruptedException {
        long until = System.currentTimeMillis() + NOTIFICATION_WAIT_MILLIS;
        while (true) {
            Optional<JsonObject> found = notifications(http).stream()
                    .filter(n -> submissionId.equals(Views.text(n, "subjectId")) && kind.equals(Views.text(n, "kind"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no " + kind + " notification for " + submissionId);
            }
            Thread.sleep(250);
        }
    }

    private static String assignTo(String assessorId) {
        return Json.createObjectBuilder().add("assessorId", assessorId).build().toString();
    }

    private static String note(String criterion, String text, String evidenceId) {
        var note = Json.createObjectBuilder().add("criterionCode", criterion).add("text", text);
        if (evidenceId != null) {
            note.add("evidenceId", evidenceId);
        }
        return note.build().toString();
    }
}
