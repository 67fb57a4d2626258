package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/** A trust's record that it relies on a passport instead of running its own DTAC assessment. */
public record RelianceView(UUID id, UUID passportId, UUID trustId, String trustName, String reliedBy, Instant reliedAt) {
}
