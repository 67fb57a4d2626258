package org.innovatorpassport.templates.api;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Limits on an answer beyond its type: a pattern a text must match (with a description of it for
 * the person answering), and the range and number of decimal places of a number. Each part may be null.
 */
public record AnswerFormat(String pattern, String patternDescription, BigDecimal min, BigDecimal max,
                           Integer maxDecimals) {

    public static final AnswerFormat NONE = new AnswerFormat(null, null, null, null, null);

    public AnswerFormat {
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    /** What is wrong with a non-blank, well-typed value, if anything. */
    public Optional<String> problemWith(AnswerType type, String value) {
        if (type == AnswerType.TEXT && pattern != null && !Pattern.matches(pattern, value.trim())) {
            return Optional.of(patternDescription == null ? "Enter the answer in the expected format"
                    : "Enter " + patternDescription);
        }
        if (type == AnswerType.NUMBER) {
            return problemWithNumber(new BigDecimal(value.trim()));
        }
        return Optional.empty();
    }

    private Optional<String> problemWithNumber(BigDecimal number) {
        if (min != null && number.compareTo(min) < 0) {
            return Optional.of("Enter a number of " + min.toPlainString() + " or more");
        }
        if (max != null && number.compareTo(max) > 0) {
            return Optional.of("Enter a number of " + max.toPlainString() + " or less");
        }
        if (maxDecimals != null && Math.max(0, number.stripTrailingZeros().scale()) > maxDecimals) {
            return Optional.of("Enter a number with no more than " + maxDecimals + " decimal places");
        }
        return Optional.empty();
    }
}
