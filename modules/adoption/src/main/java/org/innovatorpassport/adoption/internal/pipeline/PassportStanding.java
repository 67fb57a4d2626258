package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Reliances;

/**
 * Asks the assurance module where the calling trust stands with a product version's passport: the
 * passport it relies on, and what (if anything) stops it being put into use.
 */
@ApplicationScoped
class PassportStanding {

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    /** The passport of the product version and, if it cannot be relied on for adoption, why. */
    record Standing(UUID passportId, String problem) {
    }

    /** The reliable passport that renewed (superseded) this one, if the product version has one. */
    Optional<PassportView> renewalOf(UUID productId, UUID passportId) {
        return passports.ofProduct(productId).filter(p -> !p.id().equals(passportId) && p.supersedes().contains(passportId)
                && p.status().reliable());
    }

    /** The calling trust relies on the passport (relying twice changes nothing). */
    void rely(UUID passportId) {
        reliances.rely(passportId);
    }

    Standing of(UUID productId) {
        Optional<PassportView> latest = passports.ofProduct(productId);
        if (latest.isEmpty()) {
            return new Standing(null, "This product version has no innovator passport yet.");
        }
        PassportView passport = latest.get();
        boolean relied = reliances.mine().stream().anyMatch(r -> r.passportId().equals(passport.id()));
        if (!relied) {
            return new Standing(null, "Your trust does not rely on passport " + passport.code()
                    + " yet: open the passport and rely on it.");
        }
        if (!passport.status().reliable()) {
            return new Standing(passport.id(), "Passport " + passport.code() + " is " + passport.status().name().toLowerCase()
                    + (passport.statusReason() == null ? "" : ": " + passport.statusReason()) + ".");
        }
        return new Standing(passport.id(), null);
    }
}
