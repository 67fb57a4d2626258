package org.innovatorpassport.platform.api;

/**
 * Receives the outbox messages of one topic. Delivery is at least once, so a consumer must be
 * idempotent; a thrown exception schedules a retry.
 */
public interface OutboxConsumer {

    String topic();

    void consume(OutboxMessage message) throws Exception;
}
