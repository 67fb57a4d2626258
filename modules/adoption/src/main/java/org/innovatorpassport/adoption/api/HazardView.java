package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.UUID;

/** A recorded local hazard with its rating on the risk matrix and whether it is acceptable as it stands. */
public record HazardView(UUID id, String hazard, String cause, String effect, String existingControls, String addedControls,
                         int severity, int likelihood, int rating, String owner, HazardStatus status, String justification,
                         Instant recordedAt) {

    public boolean acceptable() {
        return RiskMatrix.acceptable(rating);
    }

    public String severityLabel() {
        return RiskMatrix.severity(severity);
    }

    public String likelihoodLabel() {
        return RiskMatrix.likelihood(likelihood);
    }
}
