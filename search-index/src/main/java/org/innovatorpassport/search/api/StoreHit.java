package org.innovatorpassport.search.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.PatientListing;

/** One Health Store listing as the index holds it: the product's plain-English wording and its passport. */
public record StoreHit(UUID productId, String name, String version, String supplierName, List<String> conditions,
                       List<String> platforms, PatientListing listing, String passportCode, String passportStatus,
                       LocalDate passportExpiresOn) {
}
