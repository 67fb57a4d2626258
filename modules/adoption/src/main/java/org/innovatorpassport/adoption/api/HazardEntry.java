package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A hazard of deploying the product here (configuration, integration, training, downtime), with its
 * cause and effect, the controls already in place and those the trust adds, and the residual
 * severity and likelihood on the {@link RiskMatrix}. A rating above acceptable needs a justification.
 */
public record HazardEntry(
        @NotBlank(message = "Enter the hazard") @Size(max = HazardEntry.MAX_TEXT, message = "Keep the hazard to {max} characters or fewer") String hazard,
        @NotBlank(message = "Enter the cause") @Size(max = HazardEntry.MAX_TEXT, message = "Keep the cause to {max} characters or fewer") String cause,
        @NotBlank(message = "Enter the effect") @Size(max = HazardEntry.MAX_TEXT, message = "Keep the effect to {max} characters or fewer") String effect,
        @NotBlank(message = "Enter the controls already in place") @Size(max = HazardEntry.MAX_TEXT, message = "Keep the existing controls to {max} characters or fewer") String existingControls,
        @NotBlank(message = "Enter the controls the trust adds, or none") @Size(max = HazardEntry.MAX_TEXT, message = "Keep the added controls to {max} characters or fewer") String addedControls,
        @NotNull(message = "Select the severity") @Min(value = 1, message = "Select a severity from 1 to 5") @Max(value = 5, message = "Select a severity from 1 to 5") Integer severity,
        @NotNull(message = "Select the likelihood") @Min(value = 1, message = "Select a likelihood from 1 to 5") @Max(value = 5, message = "Select a likelihood from 1 to 5") Integer likelihood,
        @NotBlank(message = "Enter the owner of the hazard") @Size(max = 200, message = "Keep the owner to {max} characters or fewer") String owner,
        @NotNull(message = "Select the status of the hazard") HazardStatus status,
        @Size(max = HazardEntry.MAX_TEXT, message = "Keep the justification to {max} characters or fewer") String justification) {

    public static final int MAX_TEXT = 2000;
}
