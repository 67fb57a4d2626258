package org.innovatorpassport.catalogue.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a public listing says about the passport of a product version: its verification code, its
 * status (a {@code PassportStatus} name), its expiry, and the supplier it was issued to.
 */
public record PassportStanding(UUID productId, String code, String status, LocalDate expiresOn, String supplierName) {
}
