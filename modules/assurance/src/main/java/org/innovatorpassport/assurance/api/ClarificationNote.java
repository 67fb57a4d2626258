package org.innovatorpassport.assurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A question, answer or follow-up on one criterion; {@code evidenceId} names a document of the submission. */
public record ClarificationNote(
        @NotBlank(message = "Say which criterion this is about") @Size(max = 20, message = "A criterion code is {max} characters or fewer")
        String criterionCode,
        @NotBlank(message = "Write your question or answer") @Size(max = ClarificationNote.MAX_TEXT, message = "Keep it to {max} characters or fewer")
        String text,
        UUID evidenceId) {

    public static final int MAX_TEXT = 4000;
}
