package org.innovatorpassport.assurance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.innovatorpassport.platform.api.ModuleSchema;

@ApplicationScoped
class AssuranceSchema {

    @PersistenceUnit(unitName = "assurance")
    EntityManagerFactory assurance;

    @Produces
    ModuleSchema assuranceSchema() {
        return new ModuleSchema("assurance", "db/migration/assurance", assurance, 30);
    }
}
