package org.innovatorpassport.templates.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The kind of answer a criterion takes, and what a well-formed answer of that kind looks like. */
public enum AnswerType {
    /** {@code yes} or {@code no}. */
    YES_NO,
    /** Free text. */
    TEXT,
    /** An ISO date, {@code 2026-04-06}. */
    DATE,
    /** A decimal number, {@code 99.95}. */
    NUMBER,
    /** One of the criterion's option values. */
    CHOICE,
    /** One or more of the criterion's option values, separated by {@link Answer#SEPARATOR}. */
    MULTI_CHOICE;

    public static final String YES = "yes";
    public static final String NO = "no";

    /** Whether answers of this type are chosen from a fixed list (so conditions and points can name values). */
    public boolean isChosen() {
        return this == YES_NO || this == CHOICE || this == MULTI_CHOICE;
    }

    /**
     * What is wrong with a non-blank value of this type, if anything.
     *
     * @param allowed the values a chosen answer may take (see {@link Criterion#allowedValues()})
     */
    public Optional<String> problemWith(String value, List<String> allowed) {
        return switch (this) {
            case TEXT -> Optional.empty();
            case YES_NO -> allowed.contains(value) ? Optional.empty() : Optional.of("Select yes or no");
            case CHOICE -> allowed.contains(value) ? Optional.empty() : Optional.of("Select one of the options");
            case MULTI_CHOICE -> problemWithSelection(Answer.split(value), allowed);
            case DATE -> isDate(value) ? Optional.empty()
                    : Optional.of("Enter a real date in the format YYYY-MM-DD, for example 2026-04-06");
            case NUMBER -> isNumber(value) ? Optional.empty() : Optional.of("Enter a number, for example 99.95");
        };
    }

    private static Optional<String> problemWithSelection(List<String> chosen, List<String> allowed) {
        if (chosen.isEmpty() || !allowed.containsAll(chosen)) {
            return Optional.of("Select one or more of the options");
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
            return Optional.of("Select each option only once");
        }
        return Optional.empty();
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
