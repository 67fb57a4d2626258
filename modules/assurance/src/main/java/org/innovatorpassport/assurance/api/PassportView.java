package org.innovatorpassport.assurance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An innovator passport as the caller sees it. Everything but its status is fixed at issue and signed;
 * {@code supersedes} names the passports it replaced when it was issued, {@code supersededBy} the one
 * that later replaced it; {@code allowed} is what the caller may do with it now.
 */
public record PassportView(UUID id, String code, UUID productId, String productName, String productVersion,
                           UUID supplierId, String supplierName, UUID submissionId, String templateId, String templateVersion,
                           String assuranceBody, String assessorName, LocalDate issuedOn, LocalDate expiresOn,
                           PassportStatus status, String statusReason, List<PassportEvidence> evidence,
                           List<String> conditions, List<UUID> supersedes, PassportSignature signature, UUID supersededBy,
                           long assessmentsAvoided, Set<PassportAction> allowed) {

    public boolean allows(PassportAction action) {
        return allowed.contains(action);
    }
}
