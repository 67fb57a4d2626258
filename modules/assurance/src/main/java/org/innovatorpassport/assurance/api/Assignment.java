package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The assurance body that took a submission and the assessor it is assigned to (null fields when
 * nobody yet); {@code mayAssign} says whether the caller may (re)assign it now.
 */
public record Assignment(UUID submissionId, UUID assuranceBodyId, UUID assessorId, String assessorName, String assignedBy,
                         Instant assignedAt, boolean mayAssign) {
}
