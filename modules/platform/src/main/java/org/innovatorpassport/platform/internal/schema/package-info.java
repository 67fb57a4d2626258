/**
 * Every module's schema, brought up to date by its own Flyway migrations when the application starts
 * and then checked by Hibernate against the mappings; the platform declares its own schema here as any
 * other module does.
 */
package org.innovatorpassport.platform.internal.schema;
