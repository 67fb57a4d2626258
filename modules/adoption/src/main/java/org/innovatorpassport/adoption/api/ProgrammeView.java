package org.innovatorpassport.adoption.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board's scale-up programme with its shortlist and every decision, superseded ones included. */
public record ProgrammeView(UUID id, UUID boardId, String title, String problem, String targetOutcome, long budgetPence,
                            LocalDate startsOn, LocalDate endsOn, ProgrammeStatus status, List<String> trusts,
                            List<ShortlistView> shortlist, List<DecisionView> decisions, long revision) {
}
