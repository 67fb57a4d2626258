package org.innovatorpassport.web.page.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innovatorpassport.assurance.api.CriterionState;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;

/**
 * A submission read against its template version: the template gives the order, the questions'
 * types and options; the submission gives each answer, decision and whether the criterion applies.
 * Shared by the supplier's and the assessor's pages.
 */
public final class SubmissionCriteria {

    /** One criterion: the template's question and the submission's state of it. */
    public record Item(Criterion criterion, CriterionState state) {
        public String code() {
            return criterion.code();
        }

        public boolean applies() {
            return state == null || state.applies();
        }

        public Answer answer() {
            return state == null ? null : state.answer();
        }
    }

    public record SectionItems(Section section, List<Item> items) {
    }

    private SubmissionCriteria() {
    }

    /**
     * The refusal with each criterion's code in front of its message: the summary sits far from the
     * questions, and "Answer this question" alone does not say which.
     */
    public static Problem named(Problem problem, Template template) {
        Map<String, String> named = new LinkedHashMap<>();
        problem.fieldErrors().forEach((field, message) ->
                named.put(field, template.criterion(field).isPresent() ? field + ": " + message : message));
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), named);
    }

    public static List<SectionItems> bySection(Template template, SubmissionView view) {
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
    public static String assessment(String templateId, String templateVersion) {
        return templateId.toUpperCase(Locale.ROOT) + " version " + templateVersion;
    }

    public static List<String> codes(Template template) {
        return template.criteria().stream().map(Criterion::code).toList();
    }

    /** A string safe to use in an id: criterion codes such as {@code C1.2} become {@code C1-2}. */
    public static String key(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The id of the element that holds a criterion, for links from summaries and after a redirect. */
    public static String anchor(String code) {
        return "criterion-" + key(code);
    }
}
