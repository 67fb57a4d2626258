package org.innovatorpassport.search.api;

import java.util.UUID;

/** One product in a catalogue search, with what its passport says. */
public record ListingHit(UUID productId, String name, String version, String supplierName, String summary,
                         String niceTier, String passportStatus, String passportCode, String passportExpiresOn) {
}
