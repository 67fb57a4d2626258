package org.innovatorpassport.adoption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.innovatorpassport.platform.api.ModuleSchema;

@ApplicationScoped
class AdoptionSchema {

    @PersistenceUnit(unitName = "adoption")
    EntityManagerFactory adoption;

    @Produces
    ModuleSchema adoptionSchema() {
        return new ModuleSchema("adoption", "db/migration/adoption", adoption, 40);
    }
}
