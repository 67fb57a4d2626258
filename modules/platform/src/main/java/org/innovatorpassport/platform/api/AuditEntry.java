package org.innovatorpassport.platform.api;

import java.time.Instant;
import java.util.UUID;

/** One recorded change: who, for which organisation, what, when. */
public record AuditEntry(UUID id, Instant at, String actorEmail, UUID organisationId, String action,
                         String subjectType, String subjectId, String summary) {
}
