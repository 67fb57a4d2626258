package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Assignment;
import org.innovatorpassport.assurance.api.Assignments.Colleague;
import org.innovatorpassport.assurance.api.AwaitingItem;
import org.innovatorpassport.assurance.api.ClarificationMessage;
import org.innovatorpassport.assurance.api.ClarificationThread;
import org.innovatorpassport.assurance.api.Conversation;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Notification;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.assessor.AssignmentPanel;
import org.innovatorpassport.web.page.assessor.ReviewScreen;
import org.innovatorpassport.web.page.inbox.AwaitingPages.AwaitingScreen;
import org.innovatorpassport.web.page.inbox.AwaitingPages.NoticeLine;
import org.innovatorpassport.web.page.inbox.AwaitingPages.WorkLine;
import org.innovatorpassport.web.page.submission.ConversationPanel;
import org.innovatorpassport.web.page.supplier.SubmissionScreen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Clarification threads, assignment and the "Awaiting you" page render what the modules say, and refusals show where they belong. */
class ConversationTemplatesTest {
    private static final UUID ME = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID COLLEAGUE = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private static Conversation conversation(SubmissionView view, boolean mayAsk, boolean mayAnswer, EvidenceView document) {
        ClarificationThread thread = new ClarificationThread("C1.1", List.of(
                new ClarificationMessage(UUID.randomUUID(), ClarificationMessage.Side.ASSESSOR, "Ada Assessor", "Which <test>?", null, null,
                        Samples.NOW),
                new ClarificationMessage(UUID.randomUUID(), ClarificationMessage.Side.SUPPLIER, "Sam Supplier", "This one.", document.id(),
                        document.fileName(), Samples.NOW),
                new ClarificationMessage(UUID.randomUUID(), ClarificationMessage.Side.ASSESSOR, "Ada Assessor", "And the retest?", null, null,
                        Samples.NOW)));
        return new Conversation(view.id(), List.of(thread), mayAsk, mayAnswer);
    }

    @Test
    void theSupplierSeesTheThreadAndAnswersWithADocumentAndARefusalKeepsWhatWasTyped() {
        SubmissionView returned = Samples.submission(SubmissionStatus.RETURNED, EnumSet.of(SubmissionAction.EDIT, SubmissionAction.SUBMIT));
        EvidenceView document = Samples.evidence();
        Problem refused = Problem.invalid("text", "Write your question or answer");
        ConversationPanel panel = new ConversationPanel(conversation(returned, false, true, document),
                "/supplier/submissions/" + returned.id() + "/clarifications", List.of(document),
                new ConversationPanel.Refused(refused, "C1.1", "half typed", document.id().toString()));
        SubmissionScreen screen = new SubmissionScreen(Shell.of("Submission", Samples.supplier(), refused), returned, Samples.dtac(),
                "BreatheWell", List.of(document), Samples.TEMPLATES.evidenceTypes(),
                new SubmissionScreen.Attempt("clarify", refused, Map.of(), Map.of(), null), null, panel);
        Document page = Rendered.page("supplier/submission", screen);
        String thread = page.select("#clarifications ~ .nhsuk-inset-text").text();
        assertTrue(thread.contains("Which <test>?") && thread.contains("ce.pdf") && thread.contains("Waiting for the supplier's answer"), thread);
        var form = page.selectFirst("form[action$=/clarifications]");
        assertNotNull(form, "the answer form sits outside the answers form");
        assertTrue(form.parents().stream().noneMatch(e -> e.tagName().equals("form")), "no form inside another");

        assertEquals("half typed", page.getElementById(ConversationPanel.textId("C1.1")).text());
        assertEquals(document.id().toString(), form.select("select[name=evidenceId] option[selected]").val());
        assertTrue(page.selectFirst(".nhsuk-error-summary").text().contains("Write your question or answer"));
    }

    @Test
    void theAssessorFollowsUpAndAssignsOnlyWhenAllowed() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED, EnumSet.of(SubmissionAction.DECIDE));
        EvidenceView document = Samples.evidence();
        ConversationPanel panel = new ConversationPanel(conversation(submitted, true, false, document),
                "/assessor/submissions/" + submitted.id() + "/clarifications", List.of(document), ConversationPanel.Refused.NONE);
        AssignmentPanel assignment = new AssignmentPanel(new Assignment(submitted.id(), UUID.randomUUID(), COLLEAGUE, "Bea Colleague",
                "Ada Assessor", Samples.NOW, true), List.of(new Colleague(ME, "Ada Assessor"), new Colleague(COLLEAGUE, "Bea Colleague")), ME, null);
        ReviewScreen screen = new ReviewScreen(Shell.of("Review", Samples.assessor()), submitted, Samples.dtac(), "BreatheWell",
                List.of(document), Samples.TEMPLATES.evidenceTypes(), "", List.of(), ReviewScreen.Attempt.NONE, "asked", panel, assignment);
        Document page = Rendered.page("assessor/review", screen);
        assertTrue(page.select("#assignment + p").text().contains("Bea Colleague"));
        assertEquals(List.of(ME.toString(), COLLEAGUE.toString()), page.select("select#assessorId option").eachAttr("value"));
        assertNotNull(page.selectFirst("form[action$=/assignment] input[name=assessorId][value=" + ME + "]"), "assign to me");
        assertTrue(page.getElementById(ConversationPanel.textId("C1.1")).closest("details").hasAttr("open"), "an open thread shows its form");
        assertTrue(page.text().contains("And the retest?"));

        AssignmentPanel notMine = new AssignmentPanel(new Assignment(submitted.id(), UUID.randomUUID(), null, null, null, null, false),
                List.of(), ME, null);
        Document elsewhere = Rendered.page("assessor/review", new ReviewScreen(Shell.of("Review", Samples.assessor()), submitted,
                Samples.dtac(), "BreatheWell", List.of(), Samples.TEMPLATES.evidenceTypes(), "", List.of(), ReviewScreen.Attempt.NONE, null,
                ConversationPanel.NONE, notMine));
        assertTrue(elsewhere.select("form[action$=/assignment]").isEmpty());
        assertTrue(elsewhere.select("form[action$=/clarifications]").isEmpty());
    }

    @Test
    void awaitingListsWorkOldestFirstAndNotificationsWithAMarkReadButton() {
        UUID submission = UUID.randomUUID();
        Notification unread = new Notification(UUID.randomUUID(), "SUBMISSION_RETURNED", "submission", submission,
                "Your DTAC submission was returned <now>.", Samples.NOW, null);
        Notification read = new Notification(UUID.randomUUID(), "SUBMISSION_RETURNED", "submission", submission, "Earlier.", Samples.NOW,
                Samples.NOW);
        AwaitingItem question = new AwaitingItem(submission, "BreatheWell", "2.1", "Brightwell", AwaitingItem.Reason.QUESTION, "C1.1",
                Samples.NOW);
        Document page = Rendered.page("inbox/awaiting", new AwaitingScreen(Shell.of("Awaiting you", Samples.supplier()),
                List.of(new NoticeLine(unread, "/supplier/submissions/" + submission), new NoticeLine(read, null)),
                List.of(new WorkLine(question, "/supplier/submissions/" + submission + "#clarification-C1-1")), true, null));
        assertEquals("/supplier/submissions/" + submission + "#clarification-C1-1", page.selectFirst("#work ~ table a").attr("href"));
        assertTrue(page.selectFirst("#work ~ table a").text().startsWith("Question on C1.1 to answer"));
        assertEquals(List.of("/awaiting/notifications/" + unread.id() + "/read"), page.select("#notifications ~ table form").eachAttr("action"));
        assertTrue(page.select("#notifications ~ table").text().contains("returned <now>."));
    }
}
