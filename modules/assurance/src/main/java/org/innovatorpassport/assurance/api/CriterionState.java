package org.innovatorpassport.assurance.api;

import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Decision;

/**
 * One criterion of a submission: the supplier's answer, the assessor's current decision (null when
 * undecided or reopened by a change) and its comment, and whether it applies given other answers.
 */
public record CriterionState(String code, String section, String question, boolean applies, Answer answer,
                             Decision decision, String comment) {
}
