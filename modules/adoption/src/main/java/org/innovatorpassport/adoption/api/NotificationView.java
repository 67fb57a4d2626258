package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.UUID;

/** A notice to a trust or a board about an adoption, e.g. that the passport it relies on was suspended. */
public record NotificationView(UUID id, UUID adoptionId, UUID passportId, String kind, String message, Instant createdAt,
                               Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
