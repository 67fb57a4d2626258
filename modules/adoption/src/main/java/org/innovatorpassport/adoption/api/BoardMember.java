package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user joining a board, by the email they sign in with. */
public record BoardMember(
        @NotBlank(message = "Enter the member's email address") @Email(message = "Enter an email address like name@example.org")
        @Size(max = 320, message = "Keep the email address to {max} characters or fewer") String email) {
}
