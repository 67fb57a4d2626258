package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board decision about a shortlisted product, with its rationale, date and the members who voted. */
public record DecisionEntry(
        @NotNull(message = "Select the product") UUID productId,
        @NotNull(message = "Select the decision") BoardOutcome outcome,
        @NotBlank(message = "Enter the rationale") @Size(max = 4000, message = "Keep the rationale to {max} characters or fewer") String rationale,
        @NotNull(message = "Enter the date of the decision") LocalDate decidedOn,
        @NotEmpty(message = "Name the members who voted") List<@NotBlank @Size(max = 200) String> voters) {
}
