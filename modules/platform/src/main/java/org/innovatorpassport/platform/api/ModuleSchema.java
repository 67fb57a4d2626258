package org.innovatorpassport.platform.api;

import jakarta.persistence.EntityManagerFactory;

/**
 * A module's claim to its own PostgreSQL schema: its Flyway migrations are applied at deployment,
 * then its persistence unit is validated against the result. Each module produces one.
 */
public record ModuleSchema(String schema, String migrations, EntityManagerFactory persistenceUnit, int order) {
}
