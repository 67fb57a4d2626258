package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innovatorpassport.assurance.api.CriterionState;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.AnswerType;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Option;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;

/**
 * A submission read against its template version: the template gives the order, the questions'
 * types and options; the submission gives each answer, decision and whether the criterion applies.
 * Shared by the supplier's and the assessor's pages.
 */
final class SubmissionCriteria {

    /** One criterion: the template's question and the submission's state of it. */
    record Item(Criterion criterion, CriterionState state) {
        String code() {
            return criterion.code();
        }

        boolean applies() {
            return state == null || state.applies();
        }

        Answer answer() {
            return state == null ? null : state.answer();
        }
    }

    record SectionItems(Section section, List<Item> items) {
    }

    /** A visible rule between criteria, so a decision note is read with the question below it. */
    static final String BREAK = "<hr class=\"nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible\">\n";

    private SubmissionCriteria() {
    }

    /**
     * The refusal with each criterion's code in front of its message: the summary sits far from the
     * questions, and "Answer this question" alone does not say which.
     */
    static Problem named(Problem problem, Template template) {
        Map<String, String> named = new LinkedHashMap<>();
        problem.fieldErrors().forEach((field, message) ->
                named.put(field, template.criterion(field).isPresent() ? field + ": " + message : message));
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), named);
    }

    static List<SectionItems> bySection(Template template, SubmissionView view) {
        Map<String, CriterionState> states = new LinkedHashMap<>();
        for (CriterionState state : view.criteria()) {
            states.put(state.code(), state);
        }
        List<SectionItems> sections = new ArrayList<>();
        for (Section section : template.sections()) {
            List<Item> items = new ArrayList<>();
            for (Criterion criterion : section.criteria()) {
                items.add(new Item(criterion, states.get(criterion.code())));
            }
            sections.add(new SectionItems(section, items));
        }
        return sections;
    }

    /** How people name an assessment: "DTAC version 2". */
    static String assessment(String templateId, String templateVersion) {
        return templateId.toUpperCase(Locale.ROOT) + " version " + templateVersion;
    }

    static List<String> codes(Template template) {
        return template.criteria().stream().map(Criterion::code).toList();
    }

    /** The id of the element that holds a criterion, for links from summaries and after a redirect. */
    static String anchor(String code) {
        return "criterion-" + Forms.key(code);
    }

    /** An answer in words: option labels rather than stored values, and "not applicable" with its reason. */
    static String answerText(Criterion criterion, Answer answer) {
        if (answer == null || answer.isBlank()) {
            return "Not answered";
        }
        if (answer.notApplicable()) {
            return "Not applicable: " + (answer.hasJustification() ? answer.justification() : "no reason given");
        }
        if (criterion.type() == AnswerType.YES_NO) {
            return AnswerType.YES.equals(answer.value().trim()) ? "Yes" : AnswerType.NO.equals(answer.value().trim()) ? "No"
                    : answer.value();
        }
        if (criterion.type() == AnswerType.CHOICE || criterion.type() == AnswerType.MULTI_CHOICE) {
            return String.join(", ", answer.values().stream().map(v -> optionLabel(criterion, v)).toList());
        }
        return answer.value();
    }

    static String optionLabel(Criterion criterion, String value) {
        return criterion.options().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }

    /** The assessor's decision and comment on a criterion, as the supplier and the assessor both see it. */
    static String decisionNote(CriterionState state) {
        if (state == null || state.decision() == null) {
            return "";
        }
        String comment = state.comment() == null || state.comment().isBlank() ? ""
                : "<p class=\"nhsuk-body-s\">Assessor's comment: " + text(state.comment()) + "</p>";
        return "<p class=\"nhsuk-body-s\">Assessor's decision: " + Tags.decision(state.decision()) + "</p>" + comment;
    }

    /** The question with its code, as the label or legend of its answer. */
    static String question(Criterion criterion) {
        return criterion.code() + " " + criterion.question();
    }

    static String sectionHeading(Section section) {
        return "<h2 id=\"section-" + text(Forms.key(section.code())) + "\">" + text(section.code() + " " + section.title()) + "</h2>";
    }
}
