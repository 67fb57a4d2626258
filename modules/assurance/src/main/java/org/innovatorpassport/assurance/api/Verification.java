package org.innovatorpassport.assurance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn from a verification code: valid or not and why, and the signed passport so
 * that it can be checked again offline against the published keys. Valid needs both a signature that
 * verifies and a status in force: the status is never in the signature, it is only answered here.
 */
public record Verification(String code, boolean valid, String reason, String status, String productName,
                           String productVersion, String supplierName, LocalDate issuedOn, LocalDate expiresOn,
                           List<String> evidenceCovered, PassportSignature signature) {
}
