package org.innovatorpassport.onboarding.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An edit of the supplier's details; {@code revision} must be the one last read. */
public record ProfileChange(
        @NotBlank @Size(max = 200) String legalName,
        @NotNull @Pattern(regexp = SupplierIdentifiers.COMPANIES_HOUSE, message = "Enter a Companies House number like 01234567 or SC123456")
        String companiesHouseNumber,
        @NotBlank @Size(max = 500) String registeredAddress,
        @NotNull @Pattern(regexp = SupplierIdentifiers.ICO, message = "Enter an ICO registration number like ZA123456") String icoNumber,
        @NotNull @Pattern(regexp = SupplierIdentifiers.ODS, message = "Enter the ODS code your DSPT is published under, like 8HA03")
        String dsptOdsCode,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Size(max = 40) String contactPhone,
        long revision) {
}
