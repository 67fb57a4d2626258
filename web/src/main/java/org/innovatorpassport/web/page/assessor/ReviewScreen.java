package org.innovatorpassport.web.page.assessor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.submission.ConversationPanel;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.SectionItems;

/**
 * The assessor's view of a submission: where it stands against the pass rule, each answer with a
 * decision form of its own (one decision is one change, so a refusal names one criterion), the
 * evidence with a search over its text, and the actions that end a review. What may be done is the
 * submission's {@code allowed} actions; this only remembers what was typed into a refused form.
 */
public record ReviewScreen(Shell shell, SubmissionView view, Template template, String productName,
                           List<EvidenceView> documents, Map<String, EvidenceType> types, String query,
                           List<EvidenceMatch> matches, Attempt attempt, String done, ConversationPanel conversation,
                           AssignmentPanel assignment) {

    /** A screen without clarifications or assignment. */
    public ReviewScreen(Shell shell, SubmissionView view, Template template, String productName,
                        List<EvidenceView> documents, Map<String, EvidenceType> types, String query,
                        List<EvidenceMatch> matches, Attempt attempt, String done) {
        this(shell, view, template, productName, documents, types, query, matches, attempt, done, ConversationPanel.NONE,
                AssignmentPanel.NONE);
    }

    /** What the assessor was doing when refused: which form, for which criterion, and what they typed. */
    public record Attempt(String form, Problem problem, String criterion, String decision, String text) {
        public static final Attempt NONE = new Attempt("", null, null, null, null);
    }

    ReviewScreen withShell(Shell shell) {
        return new ReviewScreen(shell, view, template, productName, documents, types, query, matches, attempt, done, conversation,
                assignment);
    }

    public String title() {
        return "Review " + productName;
    }

    public List<SectionItems> sections() {
        return SubmissionCriteria.bySection(template, view);
    }

    public ErrorSummary summary() {
        Problem problem = attempt.problem();
        if (problem == null) {
            return ErrorSummary.NONE;
        }
        String key = SubmissionCriteria.key(attempt.criterion());
        if (attempt.form().equals("decision")) {
            Map<String, String> named = new LinkedHashMap<>();
            problem.fieldErrors().forEach((field, message) -> named.put(field, attempt.criterion() + ": " + message));
            problem = new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), named);
        }
        return ErrorSummary.of(problem, List.of("decision", "comment"), field -> switch (attempt.form()) {
            case "decision" -> "comment".equals(field) ? "comment-" + key : "decision-" + key;
            case "passport" -> "conditions";
            case "clarify" -> ConversationPanel.textId(attempt.criterion());
            case "assign" -> "assessorId";
            default -> null;
        });
    }

    /** Whether a refused decision form is this criterion's. */
    private boolean refused(Item item) {
        return attempt.form().equals("decision") && item.code().equals(attempt.criterion());
    }

    /** The decision to show as chosen: what was sent when refused, else the current decision. */
    public String chosen(Item item) {
        if (refused(item)) {
            return attempt.decision();
        }
        return item.state() == null || item.state().decision() == null ? null : item.state().decision().name();
    }

    public String comment(Item item) {
        return refused(item) ? attempt.text() : item.state() == null ? "" : item.state().comment();
    }

    /** The message beside the decision radios: about the decision or the criterion, or the refusal itself. */
    public String decisionError(Item item) {
        if (!refused(item)) {
            return null;
        }
        Map<String, String> errors = attempt.problem().fieldErrors();
        String message = errors.getOrDefault("decision", errors.getOrDefault("criterionCode", errors.get(item.code())));
        return message != null ? message : errors.isEmpty() ? attempt.problem().detail() : null;
    }

    public String commentError(Item item) {
        return refused(item) ? attempt.problem().fieldErrors().get("comment") : null;
    }

    public String conditionsError() {
        return attempt.form().equals("passport") ? attempt.problem().fieldErrors().entrySet().stream()
                .filter(e -> e.getKey().startsWith("conditions")).map(Map.Entry::getValue).findFirst().orElse(null) : null;
    }

    public String typedConditions() {
        return attempt.form().equals("passport") ? attempt.text() : "";
    }
}
