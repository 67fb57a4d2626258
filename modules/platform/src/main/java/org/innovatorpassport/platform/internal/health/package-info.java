/**
 * Whether this node is ready for requests: only once PostgreSQL answers and every module's schema has
 * been migrated and validated, so a load balancer sends nothing to a node that is still starting.
 */
package org.innovatorpassport.platform.internal.health;
