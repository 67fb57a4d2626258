package org.innovatorpassport.assurance.api;

import java.time.LocalDate;
import java.util.UUID;

/** An evidence item as the passport covers it: enough to check the document by its hash. */
public record PassportEvidence(UUID evidenceId, String type, String reference, String issuer, LocalDate issuedOn,
                               LocalDate expiresOn, String sha256, String signedOffBy) {
}
