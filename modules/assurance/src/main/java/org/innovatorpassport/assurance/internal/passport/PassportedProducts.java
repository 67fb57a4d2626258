package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductAssurance;

/** Tells the catalogue which product versions a passport names, so it can keep them as they were assessed. */
@ApplicationScoped
class PassportedProducts implements ProductAssurance {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Override
    public Set<UUID> passported(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct p.productId from PassportRecord p where p.productId in :ids", UUID.class)
                .setParameter("ids", productIds).getResultList());
    }
}
