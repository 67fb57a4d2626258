package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.web.page.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.SubmissionCriteria.SectionItems;

/**
 * The assessor's view of a submission: where it stands against the pass rule, each answer with a
 * decision form of its own (one decision is one change, so a refusal names one criterion), the
 * evidence with a search over its text, and the actions that end a review.
 */
final class ReviewScreen {

    /** What the assessor was doing when refused: which form, for which criterion, and what they typed. */
    record Attempt(String form, Problem problem, String criterion, String decision, String text) {
        static final Attempt NONE = new Attempt("", null, null, null, null);
    }

    /** The submission with what the page needs beside it. */
    record Subject(SubmissionView view, Template template, String productName, String supplierName) {
    }

    private final Subject subject;
    private final SubmissionView view;
    private final List<EvidenceView> documents;
    private final Map<String, EvidenceType> types;
    private final String query;
    private final List<EvidenceMatch> matches;
    private final Attempt attempt;
    private final boolean deciding;

    ReviewScreen(Subject subject, List<EvidenceView> documents, Map<String, EvidenceType> types, String query,
                 List<EvidenceMatch> matches, Attempt attempt) {
        this.subject = subject;
        this.view = subject.view();
        this.documents = documents;
        this.types = types;
        this.query = query;
        this.matches = matches;
        this.attempt = attempt;
        this.deciding = view.status() == SubmissionStatus.SUBMITTED;
    }

    String title() {
        return "Review " + subject.productName();
    }

    String body(String banner) {
        return errorSummary() + Notices.success(banner)
                + "<span class=\"nhsuk-caption-l\">" + text(subject.supplierName()) + "</span><h1>" + text(title()) + "</h1>"
                + standing() + evidence() + criteria() + (deciding ? closing() : "");
    }

    private String errorSummary() {
        if (attempt.problem() == null) {
            return "";
        }
        String key = Forms.key(attempt.criterion());
        Problem problem = attempt.problem();
        if (attempt.form().equals("decision")) {
            Map<String, String> named = new LinkedHashMap<>();
            problem.fieldErrors().forEach((field, message) -> named.put(field, attempt.criterion() + ": " + message));
            problem = new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), named);
        }
        return Forms.errorSummary(problem, List.of("decision", "comment"), field -> switch (attempt.form()) {
            case "decision" -> "comment".equals(field) ? "comment-" + key : "decision-" + key;
            case "passport" -> "conditions";
            default -> null;
        });
    }

    private String standing() {
        List<String[]> rows = new ArrayList<>();
        rows.add(Tables.row("Status", Tags.submission(view.status())));
        rows.add(Tables.row("Supplier", text(subject.supplierName())));
        rows.add(Tables.row("Assessment", text(subject.template().title())));
        rows.add(Tables.row("Submitted", text(Dates.moment(view.submittedAt()))));
        rows.add(Tables.row("Pass rule", text(subject.template().passRule().summary())));
        rows.add(Tables.row("Result so far", view.passes() ? Tags.tag("Every required criterion is met", "green")
                : Tags.tag(view.outstanding().size() + " required criteria not yet met", "yellow") + outstanding()));
        view.scores().forEach((section, score) -> rows.add(Tables.row(section + " score", text(score))));
        if (view.passportId() != null) {
            rows.add(Tables.row("Passport", Tables.link("/passports/" + view.passportId(), "View the passport")));
        }
        return Tables.summary(rows);
    }

    private String outstanding() {
        StringBuilder links = new StringBuilder("<ul class=\"nhsuk-list nhsuk-u-margin-top-2\">");
        for (String code : view.outstanding()) {
            links.append("<li><a href=\"#").append(text(SubmissionCriteria.anchor(code))).append("\">").append(text(code))
                    .append("</a></li>");
        }
        return links.append("</ul>").toString();
    }

    private String evidence() {
        StringBuilder out = new StringBuilder("<h2 id=\"evidence\">Evidence</h2>").append(EvidenceList.table(documents, types));
        out.append("<form method=\"get\" action=\"/assessor/submissions/").append(view.id()).append("#evidence-search\" novalidate>")
                .append(Forms.input(Control.of("q", "Search the text of the evidence")
                        .hint("For example a certificate number, CVSS, or a named Clinical Safety Officer"), query, "spellcheck=\"false\""))
                .append(Forms.secondaryButton("Search evidence")).append("</form>");
        if (query != null && !query.isBlank()) {
            out.append("<h3 id=\"evidence-search\">").append(matches.size()).append(matches.size() == 1 ? " match" : " matches")
                    .append(" for ‘").append(text(query)).append("’</h3>");
            for (EvidenceMatch match : matches) {
                out.append("<p class=\"nhsuk-body-s\"><strong>").append(text(EvidenceList.typeTitle(types, match.type())))
                        .append("</strong> (").append(text(match.fileName())).append(")<br>…")
                        .append(text(match.excerpt())).append("…</p>");
            }
        }
        return out.toString();
    }

    private String criteria() {
        StringBuilder out = new StringBuilder();
        for (SectionItems section : SubmissionCriteria.bySection(subject.template(), view)) {
            out.append(SubmissionCriteria.sectionHeading(section.section()));
            for (Item item : section.items()) {
                out.append("<div id=\"").append(text(SubmissionCriteria.anchor(item.code()))).append("\">")
                        .append(criterion(item)).append("</div>").append(SubmissionCriteria.BREAK);
            }
        }
        return out.toString();
    }

    private String criterion(Item item) {
        String heading = "<h3 class=\"nhsuk-heading-xs\">" + text(SubmissionCriteria.question(item.criterion())) + "</h3>";
        if (!item.applies()) {
            return heading + "<p>" + Tags.tag("Does not apply", "grey") + " Given the supplier's other answers.</p>";
        }
        String suggestion = item.criterion().suggestedDecision(item.answer())
                .map(d -> "<p class=\"nhsuk-body-s\">The template's expectation suggests: " + text(Tags.decisionWords(d)) + "</p>")
                .orElse("");
        return heading + "<p>" + text(SubmissionCriteria.answerText(item.criterion(), item.answer())) + "</p>" + suggestion
                + SubmissionCriteria.decisionNote(item.state()) + (deciding ? decisionForm(item) : "");
    }

    private String decisionForm(Item item) {
        String key = Forms.key(item.code());
        boolean refused = attempt.form().equals("decision") && item.code().equals(attempt.criterion());
        String chosen = refused ? attempt.decision() : item.state() == null || item.state().decision() == null ? null
                : item.state().decision().name();
        String comment = refused ? attempt.text() : item.state() == null ? "" : item.state().comment();
        Map<String, String> errors = refused ? attempt.problem().fieldErrors() : Map.of();
        String decisionError = refused ? errors.getOrDefault("decision", errors.getOrDefault(item.code(),
                errors.isEmpty() ? attempt.problem().detail() : null)) : null;
        List<Choice> choices = Arrays.stream(Decision.values()).map(d -> new Choice(d.name(), Tags.decisionWords(d))).toList();
        return "<form method=\"post\" action=\"/assessor/submissions/" + view.id() + "/decisions\" novalidate>"
                + Forms.hidden("criterion", item.code())
                + Forms.radios(new Control("decision-" + key, "decision", "Your decision on " + item.code(), null, decisionError),
                        choices, chosen, true)
                + Forms.textarea(Control.of("comment-" + key, "Comment for the supplier on " + item.code()).named("comment")
                        .hint("Say what is missing or needs clarifying").error(errors.get("comment")), comment, 2)
                + Forms.secondaryButton("Save decision<span class=\"nhsuk-u-visually-hidden\"> on " + text(item.code()) + "</span>")
                + "</form>";
    }

    private String closing() {
        String issue = view.passes() ? "<h2>Issue the passport</h2><p>Every required criterion is met.</p>"
                + "<form method=\"post\" action=\"/assessor/submissions/" + view.id() + "/passport\" novalidate>"
                + Forms.textarea(Control.of("conditions", "Conditions (optional)").hint("One per line, for example a date by which "
                        + "a finding must be fixed").errorFrom(Forms.errors(attemptFor("passport")), "conditions"),
                        attempt.form().equals("passport") ? attempt.text() : "", 4)
                + Forms.button("Issue passport") + "</form>" : "";
        return issue + "<h2>Return to the supplier</h2><p>Send the submission back so the supplier can answer your "
                + "clarifications. Only what they change is reviewed again.</p>"
                + Forms.action("/assessor/submissions/" + view.id() + "/return",
                Forms.secondaryButton("Return to supplier for clarification"));
    }

    private Problem attemptFor(String form) {
        return attempt.form().equals(form) ? attempt.problem() : null;
    }
}
