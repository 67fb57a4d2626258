package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A scale-up programme as a board sets it up: the problem, the outcome it aims for, its budget in pence, its trusts and dates. */
public record ProgrammeDetails(
        @NotBlank(message = "Enter the programme's title") @Size(max = 200, message = "Keep the title to {max} characters or fewer") String title,
        @NotBlank(message = "Enter the problem the programme addresses") @Size(max = 4000, message = "Keep the problem to {max} characters or fewer") String problem,
        @NotBlank(message = "Enter the target outcome") @Size(max = 4000, message = "Keep the target outcome to {max} characters or fewer") String targetOutcome,
        @NotNull(message = "Enter the budget") @PositiveOrZero(message = "Enter a budget of zero or more") Long budgetPence,
        @NotNull(message = "Enter the start date") LocalDate startsOn,
        @NotNull(message = "Enter the end date") LocalDate endsOn,
        @NotEmpty(message = "Select at least one member trust") List<@NotBlank String> trusts) {
}
