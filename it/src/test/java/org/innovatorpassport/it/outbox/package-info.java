/**
 * The outbox relay against the real PostgreSQL: a failing consumer loses nothing, and two nodes never
 * deliver one message twice at the same time.
 */
package org.innovatorpassport.it.outbox;
