package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The trust's Clinical Safety Officer (a registered clinician: name, professional body such as the
 * GMC, NMC or HCPC, and registration number) and the summary of its deployment safety case.
 */
public record SafetyCaseDetails(
        @NotBlank(message = "Enter the Clinical Safety Officer's name") @Size(max = 200, message = "Keep the name to {max} characters or fewer") String officerName,
        @NotBlank(message = "Enter the Clinical Safety Officer's professional body") @Size(max = 200, message = "Keep the professional body to {max} characters or fewer") String professionalBody,
        @NotBlank(message = "Enter the Clinical Safety Officer's registration number")
        @Pattern(regexp = "^[A-Za-z0-9 /-]{3,20}$", message = "Enter a registration number of 3 to 20 letters and digits")
        String registrationNumber,
        @NotBlank(message = "Enter the deployment safety case summary") @Size(max = SafetyCaseDetails.MAX_SUMMARY, message = "Keep the summary to {max} characters or fewer") String safetyCaseSummary) {

    public static final int MAX_SUMMARY = 10000;
}
