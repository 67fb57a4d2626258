package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A trust's pipeline for one product version. {@code flagReason} is set while the passport it relies
 * on is suspended, revoked or expired; {@code next} is what the caller may do with it now (empty for
 * anyone but the trust itself); {@code moves} is its history, oldest first.
 */
public record AdoptionView(UUID id, UUID trustId, String trustOds, String trustName, UUID productId, String productName,
                           String productVersion, UUID supplierId, UUID passportId, AdoptionStage stage, String stopReason,
                           String flagReason, Instant flaggedAt, Instant updatedAt, long revision, List<StageMoveView> moves,
                           List<NextStage> next) {

    public boolean flagged() {
        return flagReason != null;
    }

    public boolean managedByCaller() {
        return !next.isEmpty();
    }
}
