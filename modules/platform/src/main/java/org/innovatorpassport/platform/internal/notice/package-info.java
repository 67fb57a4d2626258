/**
 * In-app notifications as rows of {@code platform.notification}: written in the sender's transaction
 * (an outbox consumer's, usually), read and marked read by the user they are for or by any user of
 * the organisation they are for.
 */
package org.innovatorpassport.platform.internal.notice;
