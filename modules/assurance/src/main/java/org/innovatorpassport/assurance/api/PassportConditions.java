package org.innovatorpassport.assurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The conditions or caveats an assessor attaches when issuing a passport, one per entry; there may be none. */
public record PassportConditions(
        @Size(max = 20, message = "Keep to {max} conditions or fewer")
        List<@NotBlank(message = "A condition cannot be blank")
        @Size(max = PassportConditions.MAX_CONDITION, message = "Keep each condition to {max} characters or fewer") String> conditions) {

    public static final int MAX_CONDITION = 1000;

    public static final PassportConditions NONE = new PassportConditions(List.of());

    /** No list at all means no conditions, as an empty one does. */
    public PassportConditions {
        conditions = conditions == null ? List.of() : conditions;
    }

    /** Conditions typed one per line; blank lines are not conditions. */
    public static PassportConditions lines(String text) {
        return new PassportConditions(text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
    }
}
