package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.util.UUID;

/** A line in a list of submissions. */
public record SubmissionSummary(UUID id, UUID productId, String productName, String productVersion, UUID supplierId,
                                String supplierName, String templateId, String templateVersion, SubmissionStatus status,
                                Instant submittedAt, Instant updatedAt) {
}
