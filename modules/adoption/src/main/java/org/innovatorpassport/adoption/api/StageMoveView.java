package org.innovatorpassport.adoption.api;

import java.time.Instant;

/** One move of a pipeline: from where, to where, when, who, and why (for a stop). */
public record StageMoveView(AdoptionStage from, AdoptionStage to, String reason, String movedBy, Instant movedAt) {
}
