package org.innovatorpassport.web.page.supplier;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.AnswerType;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Option;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.Control;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;

/**
 * The input for one criterion, matching its answer type, and the "not applicable" choice with its
 * justification where the template allows one. Field names carry the criterion code, so one form can
 * hold every answer of a submission.
 */
public final class AnswerInputs {

    private AnswerInputs() {
    }

    public static String valueField(String code) {
        return "answer-" + code;
    }

    public static String notApplicableField(String code) {
        return "na-" + code;
    }

    public static String justificationField(String code) {
        return "why-" + code;
    }

    /** The id the error summary links to for a criterion: its first input. */
    public static String inputId(String code) {
        return "answer-" + SubmissionCriteria.key(code);
    }

    /** The control for a criterion's answer: labelled by its question, with its guidance and format as the hint. */
    public static Control control(Criterion c, String error) {
        return new Control(inputId(c.code()), valueField(c.code()), c.label(), c.hint(), error);
    }

    /** The single value shown in a text, date or number input. */
    public static String value(Answer answer) {
        return answer == null || answer.notApplicable() || answer.value() == null ? "" : answer.value();
    }

    /** The values shown as chosen in a radio or checkbox group. */
    public static List<String> chosen(Criterion c, Answer answer) {
        if (answer == null || answer.notApplicable()) {
            return List.of();
        }
        return c.type() == AnswerType.MULTI_CHOICE ? answer.values() : List.of(value(answer).trim());
    }

    public static List<Choice> choices(Criterion c) {
        if (c.type() == AnswerType.YES_NO) {
            return List.of(new Choice(AnswerType.YES, "Yes"), new Choice(AnswerType.NO, "No"));
        }
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
