package org.innovatorpassport.templates.api;

import java.util.Arrays;
import java.util.List;

/**
 * A supplier's answer to one criterion: a value, or "not applicable" with a written justification.
 * A {@link AnswerType#MULTI_CHOICE} value lists option values separated by {@link #SEPARATOR}.
 */
public record Answer(String criterionCode, String value, boolean notApplicable, String justification) {

    public static final String SEPARATOR = ",";

    public static Answer of(String criterionCode, String value) {
        return new Answer(criterionCode, value, false, null);
    }

    public static Answer notApplicable(String criterionCode, String justification) {
        return new Answer(criterionCode, null, true, justification);
    }

    /** True when there is neither a value nor a "not applicable". */
    public boolean isBlank() {
        return !notApplicable && (value == null || value.isBlank());
    }

    public boolean hasJustification() {
        return justification != null && !justification.isBlank();
    }

    /** The chosen values: the single value, or each value of a multiple choice; empty when not applicable. */
    public List<String> values() {
        return notApplicable ? List.of() : split(value);
    }

    static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(SEPARATOR)).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
