package org.innovatorpassport.onboarding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invited colleague accepting: the name they go by and the password they choose. */
public record Acceptance(
        @NotBlank(message = "Enter your full name") @Size(max = 200, message = "Your name must be {max} characters or fewer")
        String displayName,
        @NotBlank(message = "Create a password")
        @Size(min = Registration.MIN_PASSWORD, max = 200, message = "Your password must be {min} to {max} characters") String password) {
}
