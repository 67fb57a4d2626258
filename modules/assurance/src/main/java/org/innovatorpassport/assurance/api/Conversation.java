package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every clarification thread of a submission, and what the caller may write now: an assessor may ask
 * on any criterion that applies, the supplier may answer a thread the assessor started; both only
 * while the submission is under review or returned.
 */
public record Conversation(UUID submissionId, List<ClarificationThread> threads, boolean mayAsk, boolean mayAnswer) {

    public Optional<ClarificationThread> on(String criterionCode) {
        return threads.stream().filter(t -> t.criterionCode().equals(criterionCode)).findFirst();
    }
}
