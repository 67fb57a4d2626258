package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move to another stage; stopping needs a reason, which the module checks. */
public record StageMove(
        @NotNull(message = "Select the stage to move to") AdoptionStage to,
        @Size(max = StageMove.MAX_REASON, message = "Keep the reason to {max} characters or fewer") String reason) {

    public static final int MAX_REASON = 2000;
}
