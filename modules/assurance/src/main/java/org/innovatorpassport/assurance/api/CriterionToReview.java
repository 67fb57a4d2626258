package org.innovatorpassport.assurance.api;

import org.innovatorpassport.templates.api.Decision;

/** A criterion the assessor reviews in this submission, why, and the decision made on it here (null until made). */
public record CriterionToReview(String criterionCode, String reason, Decision decision) {
}
