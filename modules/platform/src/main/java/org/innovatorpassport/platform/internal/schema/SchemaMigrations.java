package org.innovatorpassport.platform.internal.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.innovatorpassport.platform.api.ModuleSchema;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Brings every module's schema up to date when the application starts, then has Hibernate check
 * the mappings against it. Hibernate never creates tables; a mapping that does not match the
 * migrated schema stops the deployment instead of failing later on a user's request.
 */
@ApplicationScoped
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> modules;

    @Inject
    Event<SchemaReady> ready;

    private volatile boolean done;

    void migrateAtStart(@Observes Startup startup) {
        List<ModuleSchema> ordered = modules.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
        for (ModuleSchema module : ordered) {
            var result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                    .dataSource(dataSource)
                    .schemas(module.schema())
                    .createSchemas(true)
                    .locations("classpath:" + module.migrations())
                    .load()
                    .migrate();
            LOG.info(() -> "schema " + module.schema() + ": " + result.migrationsExecuted + " migration(s) applied");
            module.persistenceUnit().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        }
        done = true;
        ready.fire(new SchemaReady());
    }

    public boolean done() {
        return done;
    }
}
