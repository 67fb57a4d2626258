/** Periodic jobs that run once per period across every node of a cluster, claimed in PostgreSQL. */
package org.innovatorpassport.platform.internal.jobs;
