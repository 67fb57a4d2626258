package org.innovatorpassport.assurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an assessor suspends or revokes a passport: every relying trust is told this reason. */
public record StatusChange(
        @NotBlank(message = "Enter the reason, so the trusts relying on it know why")
        @Size(max = StatusChange.MAX_REASON, message = "Keep the reason to {max} characters or fewer") String reason) {

    public static final int MAX_REASON = 2000;
}
