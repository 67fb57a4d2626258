package org.innovatorpassport.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a supplier says about a product version. */
public record ProductDetails(
        @NotBlank(message = "Enter the product name") @Size(max = 200, message = "The product name must be {max} characters or fewer")
        String name,
        @NotBlank(message = "Enter the version number") @Size(max = 50, message = "The version must be {max} characters or fewer")
        String version,
        @NotBlank(message = "Enter a short summary of the product")
        @Size(max = 1000, message = "The summary must be {max} characters or fewer") String summary,
        @NotBlank(message = "Enter the product's intended purpose")
        @Size(max = 4000, message = "The intended purpose must be {max} characters or fewer") String intendedPurpose,
        @NotNull(message = "Select who the product is for") IntendedUsers intendedUsers,
        @NotNull(message = "Enter the care settings")
        Set<@NotBlank(message = "A care setting cannot be blank")
        @Size(max = 100, message = "Each care setting must be {max} characters or fewer") String> careSettings,
        @NotNull(message = "Enter the conditions")
        Set<@NotBlank(message = "A condition cannot be blank")
        @Size(max = 200, message = "Each condition must be {max} characters or fewer") String> conditions,
        @NotNull(message = "Select the platforms") Set<Platform> platforms,
        @NotNull(message = "Select the medical device class") DeviceClass deviceClass,
        @NotNull(message = "Select the conformity marking") Marking marking,
        @NotNull(message = "Select the NICE tier") NiceTier niceTier,
        @NotNull(message = "Select the standards") Set<Standard> standards,
        @NotNull(message = "Select how the product is priced") PricingModel pricingModel) {

    public enum IntendedUsers { CLINICIANS, PATIENTS, BOTH }

    public enum Platform { WEB, IOS, ANDROID, WINDOWS, MACOS, OTHER }

    /** MHRA class, or not a medical device. */
    public enum DeviceClass { NOT_A_DEVICE, CLASS_I, CLASS_IIA, CLASS_IIB, CLASS_III }

    public enum Marking { NONE, UKCA, CE, UKCA_AND_CE }

    /** NICE Evidence Standards Framework tier: A system efficiency, B self-management, C treats or diagnoses. */
    public enum NiceTier { A, B, C }

    public enum Standard { FHIR, HL7_V2, NHS_LOGIN, NHS_NUMBER, PDS, SNOMED_CT, DICOM }

    public enum PricingModel { FREE, PER_USER, PER_PATIENT, PER_SITE, ENTERPRISE_LICENCE, OTHER }
}
