package org.innovatorpassport.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.HealthStore;
import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.ProductAssurance;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.catalogue.api.StoreListing;

/**
 * One Health Store listing read straight from PostgreSQL: reading the passports on every visit is what
 * answers "not in the store" the moment its passport is suspended, revoked or expires.
 */
@ApplicationScoped
@Transactional
class JpaHealthStore implements HealthStore {

    @Inject
    ProductAssurance assurance;

    @Inject
    Products products;

    @Override
    public boolean admits(ProductView product) {
        return StoreShelves.admits(product);
    }

    @Override
    public Optional<StoreListing> listing(UUID productId) {
        PassportStanding passport = assurance.reliable().get(productId);
        return products.find(productId).filter(p -> StoreShelves.listed(p, passport)).map(p -> new StoreListing(p, passport));
    }
}
