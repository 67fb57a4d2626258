package org.innovatorpassport.onboarding.api;

import java.util.UUID;

/** A supplier organisation as it registered; {@code revision} guards concurrent edits. */
public record SupplierProfile(UUID organisationId, String legalName, String companiesHouseNumber, String registeredAddress,
                              String icoNumber, String dsptOdsCode, String contactName, String contactEmail,
                              String contactPhone, long revision) {
}
