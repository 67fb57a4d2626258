package org.innovatorpassport.platform.api;

import java.util.UUID;

/** A message taken from the outbox for delivery; {@code attempt} counts from 1. */
public record OutboxMessage(UUID id, String topic, String payload, int attempt) {
}
