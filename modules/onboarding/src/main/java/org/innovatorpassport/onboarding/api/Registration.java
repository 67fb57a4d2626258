package org.innovatorpassport.onboarding.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A supplier registering itself and its first user, who becomes its administrator. */
public record Registration(
        @NotBlank(message = "Enter the legal name of your organisation")
        @Size(max = 200, message = "The legal name must be {max} characters or fewer") String legalName,
        @NotNull(message = "Enter your Companies House number")
        @Pattern(regexp = SupplierIdentifiers.COMPANIES_HOUSE, message = "Enter a Companies House number like 01234567 or SC123456")
        String companiesHouseNumber,
        @NotBlank(message = "Enter your registered address")
        @Size(max = 500, message = "The registered address must be {max} characters or fewer") String registeredAddress,
        @NotNull(message = "Enter your ICO registration number")
        @Pattern(regexp = SupplierIdentifiers.ICO, message = "Enter an ICO registration number like ZA123456") String icoNumber,
        @NotNull(message = "Enter the ODS code your DSPT is published under")
        @Pattern(regexp = SupplierIdentifiers.ODS, message = "Enter the ODS code your DSPT is published under, like 8HA03")
        String dsptOdsCode,
        @NotBlank(message = "Enter your full name") @Size(max = 200, message = "Your name must be {max} characters or fewer")
        String contactName,
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 200, message = "Your email address must be {max} characters or fewer") String contactEmail,
        @Size(max = 40, message = "Your phone number must be {max} characters or fewer") String contactPhone,
        @NotBlank(message = "Create a password")
        @Size(min = Registration.MIN_PASSWORD, max = 200, message = "Your password must be {min} to {max} characters") String password) {

    /** The shortest password anyone may choose (ASVS: at least 12 characters). */
    public static final int MIN_PASSWORD = 12;
}
