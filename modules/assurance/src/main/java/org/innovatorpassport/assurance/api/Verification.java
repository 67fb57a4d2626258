package org.innovatorpassport.assurance.api;

import java.time.LocalDate;
import java.util.List;

/** What anyone may learn from a verification code: valid or not and why, never the evidence itself. */
public record Verification(String code, boolean valid, String reason, String status, String productName,
                           String productVersion, String supplierName, LocalDate issuedOn, LocalDate expiresOn,
                           List<String> evidenceCovered) {
}
