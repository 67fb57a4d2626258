package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.UUID;

/**
 * What an assessor must review in a submission. A renewal or a new product version starts from a
 * passport's decisions: those it still relies on are {@code carried}, each with where it was made;
 * {@code toReview} are the criteria that apply and are not carried (the supplier changed their answer
 * or evidence, the template added or changed them, or they were never decided), each with why. A
 * passport is refused until every criterion to review is decided. A first submission carries nothing
 * and every criterion that applies is to review.
 *
 * @param carriedFrom     the passport it started from; null for a first submission
 * @param carriedFromCode that passport's verification code, as people refer to it
 */
public record ReviewScope(UUID submissionId, UUID carriedFrom, String carriedFromCode, List<CarriedDecision> carried,
                          List<CriterionToReview> toReview) {

    /** Criteria to review that have no decision yet. */
    public List<String> outstanding() {
        return toReview.stream().filter(c -> c.decision() == null).map(CriterionToReview::criterionCode).toList();
    }
}
