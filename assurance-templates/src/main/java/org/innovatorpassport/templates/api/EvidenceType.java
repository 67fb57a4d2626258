package org.innovatorpassport.templates.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of evidence document (e.g. {@code CYBER_ESSENTIALS}) with its title and expiry rule.
 * {@code organisation} marks evidence about the supplier as a whole (its DSPT publication, Cyber
 * Essentials certificate, ICO registration) rather than about one product: it is held once, in
 * the supplier's evidence library, and used by every submission of every product.
 */
public record EvidenceType(String code, String title, ExpiryRule expiry, boolean organisation) {

    public EvidenceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** Evidence about one product. */
    public EvidenceType(String code, String title, ExpiryRule expiry) {
        this(code, title, expiry, false);
    }

    /** See {@link ExpiryRule#expiryFor(LocalDate, LocalDate)}. */
    public Optional<LocalDate> expiryFor(LocalDate issuedOn, LocalDate statedExpiry) {
        return expiry.expiryFor(issuedOn, statedExpiry);
    }
}
