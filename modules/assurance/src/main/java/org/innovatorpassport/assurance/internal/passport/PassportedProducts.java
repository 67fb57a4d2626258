package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.ProductAssurance;

/**
 * Tells the catalogue which product versions a passport names, so it keeps them as they were assessed,
 * and which passports can be relied on today, so the Health Store lists only those.
 */
@ApplicationScoped
class PassportedProducts implements ProductAssurance {
    static final int SLICE = 1000;

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Set<UUID> passported(Collection<UUID> productIds) {
        // In slices: PostgreSQL takes at most 65,535 parameters in one statement, and a rebuild asks about every product.
        List<UUID> ids = List.copyOf(productIds);
        Set<UUID> passported = new HashSet<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            passported.addAll(em.createQuery("select distinct p.productId from PassportRecord p where p.productId in :ids", UUID.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE))).getResultList());
        }
        return passported;
    }

    @Override
    public Map<UUID, PassportStanding> reliable() {
        // The date is checked as well as the status: a passport whose expiry passed since the status job last ran is out.
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<UUID, PassportStanding> reliable = new HashMap<>();
        em.createQuery("select p from PassportRecord p where p.status in :reliable and p.expiresOn >= :today", PassportRecord.class)
                .setParameter("reliable", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING)).setParameter("today", today)
                .getResultStream().forEach(p -> reliable.put(p.productId,
                        new PassportStanding(p.productId, p.code, p.status.name(), p.expiresOn, p.supplierName)));
        return reliable;
    }
}
