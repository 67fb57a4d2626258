package org.innovatorpassport.templates.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A kind of evidence document (e.g. {@code CYBER_ESSENTIALS}) with its title and expiry rule. */
public record EvidenceType(String code, String title, ExpiryRule expiry) {

    public EvidenceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** See {@link ExpiryRule#expiryFor(LocalDate, LocalDate)}. */
    public Optional<LocalDate> expiryFor(LocalDate issuedOn, LocalDate statedExpiry) {
        return expiry.expiryFor(issuedOn, statedExpiry);
    }
}
