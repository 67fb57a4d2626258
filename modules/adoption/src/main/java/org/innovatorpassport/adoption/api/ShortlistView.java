package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A product on a programme's shortlist; {@code assured} says whether it had a reliable passport when
 * shortlisted, {@code assurance} says so in words (the passport code, or that it is not yet assured).
 */
public record ShortlistView(UUID productId, String productName, boolean assured, String assurance, String addedBy, Instant addedAt) {
}
