package org.innovatorpassport.templates.api;

import java.util.List;
import java.util.Objects;

/**
 * A document a criterion asks for, by {@link EvidenceType} code; {@code required} when the answer is
 * incomplete without it. It is asked for whenever the criterion applies and is answered (not "not
 * applicable"), or, when {@code whenAnswerIn} is not empty, only for those answer values (e.g. the
 * hazard log only when the answer to "do you keep a hazard log" is yes).
 */
public record EvidenceRequirement(String evidenceType, boolean required, List<String> whenAnswerIn) {

    public EvidenceRequirement {
        Objects.requireNonNull(evidenceType, "evidenceType");
        whenAnswerIn = whenAnswerIn == null ? List.of() : List.copyOf(whenAnswerIn);
    }

    public boolean isAskedFor(Answer answer) {
        if (answer == null || answer.notApplicable() || answer.isBlank()) {
            return false;
        }
        return whenAnswerIn.isEmpty() || answer.values().stream().anyMatch(whenAnswerIn::contains);
    }
}
