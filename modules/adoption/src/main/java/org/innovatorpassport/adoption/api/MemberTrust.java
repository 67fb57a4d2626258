package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A trust joining a board, by its ODS code. */
public record MemberTrust(
        @NotBlank(message = "Enter the trust's ODS code")
        @Pattern(regexp = "^(?=.*[A-Z])[A-Z0-9]{3,6}$", message = "Enter an ODS code of 3 to 6 capital letters and digits, such as RHW")
        String odsCode) {
}
