package org.innovatorpassport.onboarding.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A colleague a supplier administrator invites: an address that can receive the one-time link. */
public record Colleague(
        @NotBlank(message = "Enter your colleague's email address")
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 200, message = "The email address must be {max} characters or fewer") String email) {
}
