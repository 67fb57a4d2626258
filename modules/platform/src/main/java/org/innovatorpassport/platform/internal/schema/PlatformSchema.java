package org.innovatorpassport.platform.internal.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.innovatorpassport.platform.api.ModuleSchema;

@ApplicationScoped
class PlatformSchema {

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory platform;

    @Produces
    ModuleSchema platformSchema() {
        return new ModuleSchema("platform", "db/migration/platform", platform, 0);
    }
}
