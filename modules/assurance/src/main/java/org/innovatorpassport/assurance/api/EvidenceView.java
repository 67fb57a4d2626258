package org.innovatorpassport.assurance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored evidence document. Documents never change; a correction is a new version that supersedes.
 * {@code organisation} documents belong to the supplier's evidence library and serve every
 * submission; {@code signOff} is the assessor's sign-off that later passports reuse ("signed off on
 * 2026-12-07 by Ada Assessor for DTAC 2 of Obs Planner 1.0"), null until there is one or once the
 * document has expired.
 */
public record EvidenceView(UUID id, UUID supplierId, String type, String reference, String issuer, LocalDate issuedOn,
                           LocalDate expiresOn, String fileName, long sizeBytes, String sha256, int pageCount,
                           List<String> activeContent, int versionNumber, UUID supersedes, String uploadedBy,
                           Instant uploadedAt, boolean organisation, String signOff) {
}
