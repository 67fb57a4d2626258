package org.innovatorpassport.templates.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an answer must say for the criterion to be met, as a hint to the assessor (the assessor
 * decides): one of the listed values (e.g. DSPT "Standards Met" or "Standards Exceeded"), or a number
 * below a limit (e.g. highest unremediated CVSS below 7.0). Either part may be empty or null.
 */
public record Expectation(List<String> anyOf, BigDecimal below) {

    public Expectation {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether a well-formed answer meets the expectation; empty for a blank or "not applicable" answer. */
    public Optional<Boolean> isMetBy(Answer answer) {
        if (answer == null || answer.notApplicable() || answer.isBlank()) {
            return Optional.empty();
        }
        boolean met = true;
        if (!anyOf.isEmpty()) {
            met = !answer.values().isEmpty() && anyOf.containsAll(answer.values());
        }
        if (below != null) {
            try {
                met = met && new BigDecimal(answer.value().trim()).compareTo(below) < 0;
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(met);
    }
}
