package org.innovatorpassport.platform.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An in-app message to a user or to every user of an organisation, about one thing (its
 * {@code subjectType} and {@code subjectId}, e.g. a submission), which the page links to.
 */
public record Notification(UUID id, String kind, String subjectType, UUID subjectId, String message, Instant createdAt,
                           Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
