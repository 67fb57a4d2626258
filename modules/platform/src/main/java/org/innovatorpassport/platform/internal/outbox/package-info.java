/**
 * The outbox: a message is written in the same transaction as the change that causes it, and a relay
 * on every node fans it out into one delivery per consumer of its topic and drains the deliveries
 * under row locks ({@code FOR UPDATE SKIP LOCKED}), retrying each until its consumer has taken it, so
 * a reaction that must not be lost never is, and one failing reaction never holds back another.
 */
package org.innovatorpassport.platform.internal.outbox;
