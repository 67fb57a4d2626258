package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/** An in-app message to an organisation, e.g. that a passport it relies on was suspended. */
public record NotificationView(UUID id, UUID passportId, String kind, String message, Instant createdAt) {
}
