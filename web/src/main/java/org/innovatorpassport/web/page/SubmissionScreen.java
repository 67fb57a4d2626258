package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.web.page.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.SubmissionCriteria.SectionItems;

/**
 * The supplier's view of a submission: what is still needed, every question by template section with
 * its answer and the assessor's decision, the evidence, and the button that sends it for assessment.
 * While it is a draft or returned for clarification, the answers and evidence can be changed.
 */
final class SubmissionScreen {

    /** Which form was refused, what was typed into it, and why; {@link #NONE} when nothing was. */
    record Attempt(String form, Problem problem, Map<String, Answer> answers, Map<String, String> upload, UUID replacing) {
        static final Attempt NONE = new Attempt("", null, Map.of(), Map.of(), null);
    }

    private final SubmissionView view;
    private final Template template;
    private final String productName;
    private final List<EvidenceView> documents;
    private final Map<String, EvidenceType> types;
    private final Attempt attempt;
    private final boolean editable;

    SubmissionScreen(SubmissionView view, Template template, String productName, List<EvidenceView> documents,
                     Map<String, EvidenceType> types, Attempt attempt) {
        this.view = view;
        this.template = template;
        this.productName = productName;
        this.documents = documents;
        this.types = types;
        this.attempt = attempt;
        this.editable = view.status() == SubmissionStatus.DRAFT || view.status() == SubmissionStatus.RETURNED;
    }

    String title() {
        return template.id().toUpperCase(Locale.ROOT) + " submission for " + productName;
    }

    String body(String banner) {
        return errorSummary() + Notices.success(banner)
                + "<span class=\"nhsuk-caption-l\">" + text(template.title()) + "</span><h1>" + text(title()) + "</h1>"
                + status() + (editable ? stillNeeded() : "") + answers() + evidence() + (editable ? submit() : "");
    }

    private String errorSummary() {
        if (attempt.problem() == null) {
            return "";
        }
        String form = attempt.form();
        if (form.equals("upload") || form.equals("replace")) {
            String prefix = uploadPrefix(form.equals("upload") ? null : attempt.replacing());
            return Forms.errorSummary(attempt.problem(), EvidenceUploadForm.ORDER,
                    f -> EvidenceUploadForm.ORDER.contains(f) ? prefix + f : null);
        }
        return Forms.errorSummary(SubmissionCriteria.named(attempt.problem(), template), SubmissionCriteria.codes(template),
                this::criterionAnchor);
    }

    /** An error about a criterion links to its input when there is one, or else to the question. */
    private String criterionAnchor(String code) {
        if (template.criterion(code).isEmpty()) {
            return null;
        }
        boolean hasInput = editable && view.criteria().stream().anyMatch(s -> s.code().equals(code) && s.applies());
        return hasInput ? AnswerInputs.inputId(code) : SubmissionCriteria.anchor(code);
    }

    private static String uploadPrefix(UUID replacing) {
        return replacing == null ? "evidence-" : "replace-" + replacing + "-";
    }

    private String status() {
        List<String[]> rows = new ArrayList<>();
        rows.add(Tables.row("Status", Tags.submission(view.status())));
        rows.add(Tables.row("Product", Tables.link("/supplier/products/" + view.productId(), productName)));
        rows.add(Tables.row("Assessment", text(template.title())));
        rows.add(Tables.row("Last changed", text(Dates.moment(view.updatedAt()))));
        if (view.submittedAt() != null) {
            rows.add(Tables.row("Submitted", text(Dates.moment(view.submittedAt()))));
        }
        if (view.renews() != null) {
            rows.add(Tables.row("Renews", Tables.link("/passports/" + view.renews(), "the earlier passport")));
        }
        if (view.passportId() != null) {
            rows.add(Tables.row("Passport", Tables.link("/passports/" + view.passportId(), "View the passport")));
        }
        return Tables.summary(rows);
    }

    private String stillNeeded() {
        if (view.answerProblems().isEmpty() && view.missingEvidence().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>What is still needed</h2>");
        if (!view.answerProblems().isEmpty()) {
            StringBuilder items = new StringBuilder("<ul class=\"nhsuk-list nhsuk-list--bullet\">");
            view.answerProblems().forEach((code, problem) -> items.append("<li><a href=\"#")
                    .append(text(SubmissionCriteria.anchor(code))).append("\">").append(text(code)).append("</a>: ")
                    .append(text(problem)).append("</li>"));
            out.append("<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">")
                    .append(view.answerProblems().size()).append(view.answerProblems().size() == 1 ? " question needs" : " questions need")
                    .append(" an answer or a correction</span></summary><div class=\"nhsuk-details__text\">").append(items)
                    .append("</ul></div></details>");
        }
        if (!view.missingEvidence().isEmpty()) {
            out.append(Notices.warning("Evidence still needed", "<p>Upload these documents before you submit:</p>"
                    + Tables.bullets(view.missingEvidence().stream().map(t -> EvidenceList.typeTitle(types, t)).toList())));
        }
        return out.toString();
    }

    private String answers() {
        StringBuilder sections = new StringBuilder();
        for (SectionItems section : SubmissionCriteria.bySection(template, view)) {
            sections.append(SubmissionCriteria.sectionHeading(section.section()));
            for (Item item : section.items()) {
                sections.append("<div id=\"").append(text(SubmissionCriteria.anchor(item.code()))).append("\">")
                        .append(editable ? editableItem(item) : readOnlyItem(item)).append("</div>")
                        .append(SubmissionCriteria.BREAK);
            }
            if (editable) {
                sections.append(Forms.button("Save answers"));
            }
        }
        if (!editable) {
            return sections.toString();
        }
        return "<form method=\"post\" action=\"/supplier/submissions/" + view.id() + "/answers\" novalidate>"
                + Forms.hidden("revision", view.revision()) + sections + "</form>";
    }

    private String editableItem(Item item) {
        if (!item.applies()) {
            return notApplying(item);
        }
        Answer shown = attempt.answers().getOrDefault(item.code(), item.answer());
        String error = attempt.problem() == null ? null : attempt.problem().fieldErrors().get(item.code());
        return SubmissionCriteria.decisionNote(item.state()) + AnswerInputs.render(item.criterion(), shown, error);
    }

    private String readOnlyItem(Item item) {
        if (!item.applies()) {
            return notApplying(item);
        }
        return "<h3 class=\"nhsuk-heading-xs\">" + text(SubmissionCriteria.question(item.criterion())) + "</h3>"
                + "<p>" + text(SubmissionCriteria.answerText(item.criterion(), item.answer())) + "</p>"
                + SubmissionCriteria.decisionNote(item.state());
    }

    /** A follow-up question that earlier answers have ruled out: shown, so nothing seems to vanish. */
    private static String notApplying(Item item) {
        return "<p class=\"nhsuk-body-s\">" + text(SubmissionCriteria.question(item.criterion())) + " "
                + Tags.tag("Does not apply", "grey") + "<br>This depends on an earlier answer. If you change that answer, "
                + "save to see whether this question applies.</p>";
    }

    private String evidence() {
        StringBuilder out = new StringBuilder("<h2 id=\"evidence\">Evidence</h2>").append(EvidenceList.table(documents, types));
        if (!editable) {
            return out.toString();
        }
        boolean uploadRefused = attempt.form().equals("upload");
        out.append("<h3>Upload a document</h3><form method=\"post\" action=\"/supplier/submissions/").append(view.id())
                .append("/evidence\" enctype=\"multipart/form-data\" novalidate>")
                .append(EvidenceUploadForm.fields(uploadPrefix(null), types, uploadRefused ? attempt.upload() : null,
                        uploadRefused ? attempt.problem() : null))
                .append(Forms.button("Upload document")).append("</form>");
        for (EvidenceView document : documents) {
            out.append(replacement(document));
        }
        return out.toString();
    }

    /** A new version of one document, folded away until needed (a details element needs no JavaScript). */
    private String replacement(EvidenceView document) {
        boolean refused = attempt.form().equals("replace") && document.id().equals(attempt.replacing());
        String what = EvidenceList.typeTitle(types, document.type()) + (document.reference() == null ? "" : " " + document.reference());
        return "<details class=\"nhsuk-details\"" + (refused ? " open" : "") + "><summary class=\"nhsuk-details__summary\">"
                + "<span class=\"nhsuk-details__summary-text\">Replace " + text(what) + " with a new version</span></summary>"
                + "<div class=\"nhsuk-details__text\"><form method=\"post\" action=\"/supplier/submissions/" + view.id()
                + "/evidence/" + document.id() + "\" enctype=\"multipart/form-data\" novalidate>"
                + EvidenceUploadForm.fields(uploadPrefix(document.id()), types, refused ? attempt.upload() : document.type() == null
                ? null : Map.of("type", document.type()), refused ? attempt.problem() : null)
                + Forms.button("Upload new version<span class=\"nhsuk-u-visually-hidden\"> of " + text(what) + "</span>")
                + "</form></div></details>";
    }

    private String submit() {
        return "<h2>Send for assessment</h2><p>When every question that applies is answered and the evidence is uploaded, "
                + "send the submission to an assessor. You can still answer any clarification they ask for.</p>"
                + Forms.action("/supplier/submissions/" + view.id() + "/submit", Forms.button("Submit for assessment"));
    }
}
