package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded board decision; once superseded it stays as it was, pointing at the decision that replaced it. */
public record DecisionView(UUID id, UUID productId, BoardOutcome outcome, String rationale, LocalDate decidedOn, List<String> voters,
                           String recordedBy, Instant recordedAt, UUID supersededBy) {

    public boolean current() {
        return supersededBy == null;
    }
}
