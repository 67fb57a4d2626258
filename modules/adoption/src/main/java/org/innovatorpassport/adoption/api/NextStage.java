package org.innovatorpassport.adoption.api;

/**
 * A stage the pipeline could move to next, and whether the caller may move it there now; when not,
 * {@code blockedBecause} says what is missing (no reliable passport, DCB0160 not signed off), so the
 * page can show it rather than guess.
 */
public record NextStage(AdoptionStage stage, boolean allowed, String blockedBecause) {
}
