package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A submission with its criteria, the problems still in its answers, the evidence it still needs,
 * and whether the pass rule is met. {@code revision} must be quoted by the next change; {@code allowed}
 * is what the caller may do with it now.
 */
public record SubmissionView(UUID id, UUID productId, UUID supplierId, String supplierName, String templateId, String templateVersion,
                             SubmissionStatus status, UUID renews, List<CriterionState> criteria,
                             Map<String, String> answerProblems, List<String> missingEvidence, boolean passes,
                             List<String> outstanding, Map<String, String> scores, UUID passportId,
                             Instant submittedAt, Instant updatedAt, long revision, Set<SubmissionAction> allowed) {

    public boolean allows(SubmissionAction action) {
        return allowed.contains(action);
    }
}
