package org.innovatorpassport.assurance.api;

import java.time.Instant;

/** One entry in a criterion's history: a decision, or a reopening when the supplier changed something. */
public record DecisionRecord(String criterionCode, String decision, String comment, String by, Instant at) {
}
