/**
 * The one clock of the application, in UTC and to the microsecond PostgreSQL keeps, so that jobs,
 * tests and the database agree on what "now" is and a time read back equals the time written.
 */
package org.innovatorpassport.platform.internal.time;
