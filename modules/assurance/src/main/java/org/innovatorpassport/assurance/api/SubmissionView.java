package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A submission with its criteria, the problems still in its answers, the evidence it still needs,
 * and whether the pass rule is met. {@code revision} must be quoted by the next change.
 */
public record SubmissionView(UUID id, UUID productId, UUID supplierId, String templateId, String templateVersion,
                             SubmissionStatus status, UUID renews, List<CriterionState> criteria,
                             Map<String, String> answerProblems, List<String> missingEvidence, boolean passes,
                             List<String> outstanding, Map<String, String> scores, UUID passportId,
                             Instant submittedAt, Instant updatedAt, long revision) {
}
