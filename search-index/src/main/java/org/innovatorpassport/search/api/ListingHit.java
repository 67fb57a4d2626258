package org.innovatorpassport.search.api;

import java.util.List;
import java.util.UUID;

/**
 * One product in a catalogue search, with what its passport says. {@code assured} is true only
 * while its passport may be relied on (issued or expiring); {@code highlights} are the matching
 * passages of the fields the search text was found in; {@code regions} are the regions of the trusts
 * that rely on its passport or have adopted it, {@code trustsAdopting} how many trusts have adopted it
 * (piloting, adopted or scaled).
 */
public record ListingHit(UUID productId, String name, String version, String supplierName, String summary,
                         String niceTier, String passportStatus, String passportId, String passportCode, String passportExpiresOn,
                         boolean assured, long relianceCount, String assuredOn, List<String> conditions,
                         List<String> careSettings, String intendedUsers, String deviceClass, List<Highlight> highlights,
                         String intendedPurpose, List<String> platforms, List<String> standards, List<String> regions, long trustsAdopting) {

    /** A passage of one field, cut into parts that matched the search and parts that did not. */
    public record Highlight(String field, List<Part> parts) {
    }

    public record Part(String text, boolean match) {
    }
}
