/**
 * The outbox: a message is written in the same transaction as the change that causes it, and a relay
 * on every node drains the table under row locks ({@code FOR UPDATE SKIP LOCKED}), retrying each
 * message until its consumer has taken it, so a reaction that must not be lost never is.
 */
package org.innovatorpassport.platform.internal.outbox;
