/**
 * Tests of the application on several nodes (infra/run --cluster): two WildFly behind HAProxy, three
 * Elasticsearch nodes, a PostgreSQL primary with a standby. They kill nodes, so they run on their own
 * cluster that infra/test starts, in the {@code cluster} profile, never beside the Arquillian tests.
 */
package org.innovatorpassport.it.cluster;
