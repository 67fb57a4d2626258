package org.innovatorpassport.assurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.innovatorpassport.templates.api.Decision;

/**
 * An assessor's decision on one criterion. A decision other than met needs a comment saying what is
 * wrong or what to clarify; the module checks that, since it depends on the decision.
 */
public record Verdict(
        @NotBlank(message = "Say which criterion you decided") @Size(max = 20, message = "A criterion code is {max} characters or fewer")
        String criterionCode,
        @NotNull(message = "Select met, not met or clarification needed") Decision decision,
        @Size(max = Verdict.MAX_COMMENT, message = "Keep the comment to {max} characters or fewer") String comment) {

    public static final int MAX_COMMENT = 4000;
}
