package org.innovatorpassport.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.HealthStore;
import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.ProductAssurance;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.catalogue.api.StoreListing;
import org.innovatorpassport.catalogue.api.StoreShelf;

/**
 * The Health Store read straight from PostgreSQL: the passports that can be relied on now, then the
 * patient-facing products they name that have a listing. Reading the passports on every visit is what
 * takes a listing out the moment its passport is suspended, revoked or expires.
 */
@ApplicationScoped
@Transactional
class JpaHealthStore implements HealthStore {

    @PersistenceContext(unitName = "catalogue")
    EntityManager em;

    @Inject
    ProductAssurance assurance;

    @Inject
    Products products;

    @Override
    public StoreShelf browse(String words, String condition) {
        return StoreShelves.shelf(inStore(), words, condition);
    }

    @Override
    public Optional<StoreListing> listing(UUID productId) {
        PassportStanding passport = assurance.reliable().get(productId);
        return products.find(productId).filter(p -> StoreShelves.listed(p, passport)).map(p -> new StoreListing(p, passport));
    }

    private List<StoreListing> inStore() {
        Map<UUID, PassportStanding> reliable = assurance.reliable();
        if (reliable.isEmpty()) {
            return List.of();
        }
        List<UUID> candidates = em.createQuery("select p.id from Product p where p.id in :ids and p.intendedUsers <> :clinicians "
                + "and p.listingWhatItDoes is not null", UUID.class).setParameter("ids", reliable.keySet())
                .setParameter("clinicians", IntendedUsers.CLINICIANS).getResultList();
        return products.find(candidates).values().stream().filter(p -> StoreShelves.listed(p, reliable.get(p.id())))
                .map(p -> new StoreListing(p, reliable.get(p.id()))).toList();
    }
}
