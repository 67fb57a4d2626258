package org.innovatorpassport.assurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the supplier says about an evidence document: its type (a template evidence type code),
 * reference (certificate number, DSPT year...), issuer, issue date and, where the document states
 * one, its expiry. The expiry kept is the one the evidence type's rule gives.
 */
public record EvidenceUpload(
        @NotBlank(message = "Select the type of evidence") @Size(max = 50, message = "Select the type of evidence") String type,
        @Size(max = EvidenceUpload.MAX_TEXT, message = "Keep the reference to {max} characters or fewer") String reference,
        @Size(max = EvidenceUpload.MAX_TEXT, message = "Keep the issuer to {max} characters or fewer") String issuer,
        @NotNull(message = "Enter the date the document was issued") LocalDate issuedOn,
        LocalDate statedExpiry) {

    public static final int MAX_TEXT = 2000;
}
