package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.AnswerFormat;
import org.innovatorpassport.templates.api.AnswerType;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Option;

/**
 * The input for one criterion, matching its answer type, and the "not applicable" choice with its
 * justification where the template allows one. Field names carry the criterion code, so one form can
 * hold every answer of a submission.
 */
final class AnswerInputs {

    private AnswerInputs() {
    }

    static String valueField(String code) {
        return "answer-" + code;
    }

    static String notApplicableField(String code) {
        return "na-" + code;
    }

    static String justificationField(String code) {
        return "why-" + code;
    }

    /** The id the error summary links to for a criterion: its first input. */
    static String inputId(String code) {
        return "answer-" + Forms.key(code);
    }

    static String render(Criterion c, Answer answer, String error) {
        Control control = new Control(inputId(c.code()), valueField(c.code()), SubmissionCriteria.question(c), hint(c), error);
        String value = answer == null || answer.notApplicable() || answer.value() == null ? "" : answer.value();
        String input = switch (c.type()) {
            case YES_NO -> Forms.radios(control, List.of(new Choice(AnswerType.YES, "Yes"), new Choice(AnswerType.NO, "No")),
                    value.trim(), true);
            case CHOICE -> Forms.radios(control, options(c), value.trim(), false);
            case MULTI_CHOICE -> Forms.checkboxes(control, options(c), answer == null ? List.of() : answer.values());
            case DATE -> Forms.input(control, value, "spellcheck=\"false\"", "nhsuk-input--width-10");
            case NUMBER -> Forms.input(control, value, "inputmode=\"decimal\" spellcheck=\"false\"", "nhsuk-input--width-10");
            case TEXT -> Forms.textarea(control, value, 3);
        };
        return input + (c.notApplicableAllowed() ? notApplicable(c, answer) : "");
    }

    private static String notApplicable(Criterion c, Answer answer) {
        String key = Forms.key(c.code());
        String hidden = "<span class=\"nhsuk-u-visually-hidden\"> (" + text(c.code()) + ")</span>";
        return Forms.checkbox("na-" + key, notApplicableField(c.code()),
                "This question does not apply to our product" + hidden, answer != null && answer.notApplicable())
                + "<div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"why-" + text(key) + "\">"
                + "If it does not apply, explain why" + hidden + "</label><textarea class=\"nhsuk-textarea\" id=\"why-"
                + text(key) + "\" name=\"" + text(justificationField(c.code())) + "\" rows=\"2\">"
                + text(answer == null ? "" : answer.justification()) + "</textarea></div>";
    }

    /** The template's guidance, with the expected format where the type or the template states one. */
    private static String hint(Criterion c) {
        List<String> parts = new ArrayList<>();
        if (c.guidance() != null && !c.guidance().isBlank()) {
            parts.add(c.guidance());
        }
        AnswerFormat format = c.format();
        if (c.type() == AnswerType.DATE) {
            parts.add("Enter the date as year-month-day, for example 2026-04-06.");
        } else if (c.type() == AnswerType.NUMBER) {
            parts.add("Enter a number, for example 99.95" + (format.min() != null && format.max() != null
                    ? ", from " + format.min().toPlainString() + " to " + format.max().toPlainString() : "") + ".");
        } else if (c.type() == AnswerType.MULTI_CHOICE) {
            parts.add("Select all that apply.");
        } else if (format.patternDescription() != null) {
            parts.add("Enter " + format.patternDescription() + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static List<Choice> options(Criterion c) {
        return c.options().stream().map((Option o) -> new Choice(o.value(), o.label())).toList();
    }

    /**
     * What was typed for a criterion, or null when nothing was: a "not applicable" with its reason, or
     * the value (several chosen values joined as the template expects).
     */
    static Answer typed(Criterion c, FormInput form) {
        boolean notApplicable = c.notApplicableAllowed() && form.checked(notApplicableField(c.code()));
        String justification = c.notApplicableAllowed() ? form.text(justificationField(c.code())) : "";
        String value = String.join(Answer.SEPARATOR, form.all(valueField(c.code())));
        if (!notApplicable && value.isEmpty() && justification.isEmpty()) {
            return null;
        }
        return new Answer(c.code(), notApplicable || value.isEmpty() ? null : value, notApplicable,
                justification.isEmpty() ? null : justification);
    }

    /** Whether what was typed would change the stored answer; an unchanged answer is not sent, so no decision reopens. */
    static boolean changes(Criterion c, Answer typed, Answer stored) {
        if (typed == null || typed.isBlank() && !typed.notApplicable()) {
            return false;
        }
        if (stored == null || stored.notApplicable() != typed.notApplicable()) {
            return true;
        }
        if (typed.notApplicable()) {
            return !Objects.equals(typed.justification(), trimmed(stored.justification()));
        }
        if (c.type() == AnswerType.MULTI_CHOICE) {
            return !new HashSet<>(typed.values()).equals(new HashSet<>(stored.values()));
        }
        return !typed.value().trim().equals(trimmed(stored.value()));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
