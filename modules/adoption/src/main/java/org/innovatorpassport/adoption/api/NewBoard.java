package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new regional innovation board. */
public record NewBoard(
        @NotBlank(message = "Enter the board's name") @Size(max = 200, message = "Keep the name to {max} characters or fewer") String name,
        @NotBlank(message = "Enter the region") @Size(max = 200, message = "Keep the region to {max} characters or fewer") String region) {
}
