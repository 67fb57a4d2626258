package org.innovatorpassport.templates.api;

import java.util.List;
import java.util.Objects;

/**
 * When a criterion applies: only when the named earlier criterion applies and its answer has one of
 * the listed values, or, when {@code anyOf} is empty, has any value at all. An answer of "not
 * applicable" never satisfies a condition.
 */
public record Condition(String criterion, List<String> anyOf) {

    public Condition {
        Objects.requireNonNull(criterion, "criterion");
        anyOf = List.copyOf(anyOf);
    }

    public boolean holdsFor(Answer answer) {
        if (answer == null || answer.notApplicable() || answer.isBlank()) {
            return false;
        }
        return anyOf.isEmpty() || answer.values().stream().anyMatch(anyOf::contains);
    }
}
