package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.UUID;

/** A notice to a trust or a board about an adoption, e.g. that the passport it relies on was suspended. */
public record NotificationView(UUID id, UUID adoptionId, UUID passportId, String kind, String message, Instant createdAt,
                               Instant readAt) {
    /** The kind of notice sent when a renewal supersedes the passport an adoption relies on. */
    public static final String RENEWED = "RENEWED";

    /** Whether the notice offers the one-step carry-over of its adoption to the renewed passport. */
    public boolean offersCarryOver() {
        return RENEWED.equals(kind) && !read();
    }

    public boolean read() {
        return readAt != null;
    }
}
