package org.innovatorpassport.onboarding.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation for a colleague. The {@code token} is shown once, to the inviter, as a link;
 * only its hash is stored. It expires and can be used once.
 */
public record Invitation(UUID id, UUID organisationId, String email, Instant expiresAt, Instant acceptedAt, String token) {
}
