package org.innovatorpassport.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a supplier says about a product version. */
public record ProductDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String version,
        @NotBlank @Size(max = 1000) String summary,
        @NotBlank @Size(max = 4000) String intendedPurpose,
        @NotNull IntendedUsers intendedUsers,
        @NotNull Set<@NotBlank @Size(max = 100) String> careSettings,
        @NotNull Set<@NotBlank @Size(max = 200) String> conditions,
        @NotNull Set<Platform> platforms,
        @NotNull DeviceClass deviceClass,
        @NotNull Marking marking,
        @NotNull NiceTier niceTier,
        @NotNull Set<Standard> standards,
        @NotNull PricingModel pricingModel) {

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
