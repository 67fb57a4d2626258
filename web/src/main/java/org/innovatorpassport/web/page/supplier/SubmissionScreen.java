package org.innovatorpassport.web.page.supplier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.submission.ConversationPanel;
import org.innovatorpassport.web.page.submission.EvidenceNames;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.SectionItems;
import org.innovatorpassport.web.upload.EvidenceUploadForm;

/**
 * The supplier's view of a submission: what is still needed, every question by template section with
 * its answer and the assessor's decision, the evidence, and the button that sends it for assessment.
 * Whether it can still change is the submission's own {@code allowed} actions; this remembers what was
 * typed into a refused form so nothing is lost.
 */
public record SubmissionScreen(Shell shell, SubmissionView view, Template template, String productName,
                               List<EvidenceView> documents, Map<String, EvidenceType> types, Attempt attempt, String done,
                               ConversationPanel conversation) {

    /** A screen without clarifications. */
    public SubmissionScreen(Shell shell, SubmissionView view, Template template, String productName,
                            List<EvidenceView> documents, Map<String, EvidenceType> types, Attempt attempt, String done) {
        this(shell, view, template, productName, documents, types, attempt, done, ConversationPanel.NONE);
    }

    /** Which form was refused, what was typed into it, and why; {@link #NONE} when nothing was. */
    public record Attempt(String form, Problem problem, Map<String, Answer> answers, Map<String, String> upload, UUID replacing) {
        public static final Attempt NONE = new Attempt("", null, Map.of(), Map.of(), null);
    }

    SubmissionScreen withShell(Shell shell) {
        return new SubmissionScreen(shell, view, template, productName, documents, types, attempt, done, conversation);
    }

    public String title() {
        return template.id().toUpperCase(java.util.Locale.ROOT) + " submission for " + productName;
    }

    public boolean editable() {
        return view.allows(SubmissionAction.EDIT);
    }

    public List<SectionItems> sections() {
        return SubmissionCriteria.bySection(template, view);
    }

    public ErrorSummary summary() {
        if (attempt.problem() == null) {
            return ErrorSummary.NONE;
        }
        String form = attempt.form();
        if (form.equals("upload") || form.equals("replace")) {
            String prefix = uploadPrefix(form.equals("upload") ? null : attempt.replacing());
            return ErrorSummary.of(attempt.problem(), EvidenceUploadForm.ORDER,
                    f -> EvidenceUploadForm.ORDER.contains(f) ? prefix + f : null);
        }
        return ErrorSummary.of(SubmissionCriteria.named(attempt.problem(), template), SubmissionCriteria.codes(template),
                this::criterionAnchor);
    }

    /** An error about a criterion links to its input when there is one, or else to the question. */
    private String criterionAnchor(String code) {
        if (template.criterion(code).isEmpty()) {
            return null;
        }
        boolean hasInput = editable() && view.criteria().stream().anyMatch(s -> s.code().equals(code) && s.applies());
        return hasInput ? AnswerInputs.inputId(code) : SubmissionCriteria.anchor(code);
    }

    /** The answer to show: what was typed into a refused form, else what is stored. */
    public Answer shown(Item item) {
        return attempt.answers().getOrDefault(item.code(), item.answer());
    }

    public String answerError(Item item) {
        return attempt.problem() == null ? null : attempt.problem().fieldErrors().get(item.code());
    }

    public List<String> evidenceStillNeeded() {
        return view.missingEvidence().stream().map(t -> EvidenceNames.typeTitle(types, t)).toList();
    }

    /** Ids of the upload form's fields: several forms sit on one page (one per document to replace). */
    public static String uploadPrefix(UUID replacing) {
        return replacing == null ? "evidence-" : "replace-" + replacing + "-";
    }

    /** What the new-document form shows: what was typed when it was refused, else nothing. */
    public UploadFields uploadFields() {
        boolean refused = attempt.form().equals("upload");
        return new UploadFields(uploadPrefix(null), refused ? attempt.upload() : Map.of(),
                refused ? attempt.problem().fieldErrors() : Map.of(), false);
    }

    /** What the form replacing a document shows: its type by default, or what was typed when it was refused. */
    public UploadFields replacementFields(EvidenceView document) {
        boolean refused = attempt.form().equals("replace") && document.id().equals(attempt.replacing());
        Map<String, String> typed = refused ? attempt.upload() : document.type() == null ? Map.of() : Map.of("type", document.type());
        return new UploadFields(uploadPrefix(document.id()), typed, refused ? attempt.problem().fieldErrors() : Map.of(), refused);
    }

    /** The words naming a document: its type and reference. */
    public String describe(EvidenceView document) {
        return EvidenceNames.typeTitle(types, document.type()) + (document.reference() == null ? "" : " " + document.reference());
    }

    /** The evidence types to choose from, by title, after a "Select a type" that sends nothing. */
    public List<Choice> typeChoices() {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("", "Select a type"));
        types.values().stream().sorted(java.util.Comparator.comparing(EvidenceType::title))
                .forEach(t -> choices.add(new Choice(t.code(), t.title())));
        return choices;
    }

    /** One upload form's state: the prefix of its ids, what it shows, its errors, and whether it is open. */
    public record UploadFields(String prefix, Map<String, String> typed, Map<String, String> errors, boolean open) {
        public String value(String field) {
            return typed.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }
    }
}
