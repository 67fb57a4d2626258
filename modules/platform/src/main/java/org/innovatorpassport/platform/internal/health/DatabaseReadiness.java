package org.innovatorpassport.platform.internal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.innovatorpassport.platform.internal.schema.SchemaMigrations;

/** Ready when PostgreSQL answers and every module's schema has been migrated and validated. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("postgresql");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            return response.status(migrations.done()).withData("schema", migrations.done() ? "migrated" : "migrating").build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
