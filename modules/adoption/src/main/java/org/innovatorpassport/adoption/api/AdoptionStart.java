package org.innovatorpassport.adoption.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A trust records its interest in a product version: the start of its pipeline. */
public record AdoptionStart(@NotNull(message = "Select the product") UUID productId) {
}
