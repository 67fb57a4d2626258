package org.innovatorpassport.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.innovatorpassport.platform.api.ModuleSchema;

@ApplicationScoped
class CatalogueSchema {

    @PersistenceUnit(unitName = "catalogue")
    EntityManagerFactory catalogue;

    @Produces
    ModuleSchema catalogueSchema() {
        return new ModuleSchema("catalogue", "db/migration/catalogue", catalogue, 20);
    }
}
