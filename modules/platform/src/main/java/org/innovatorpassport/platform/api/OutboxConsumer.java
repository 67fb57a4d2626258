package org.innovatorpassport.platform.api;

/**
 * Receives the outbox messages of one topic. Several consumers may share a topic: each gets every
 * message, and each delivery is tracked and retried on its own. Delivery is at least once, so a
 * consumer must be idempotent; a thrown exception schedules a retry of its delivery only.
 */
public interface OutboxConsumer {

    String topic();

    /**
     * The consumer's stable name, under which its deliveries are recorded; it must differ between
     * consumers and stay the same across restarts (renaming the class re-delivers pending messages).
     */
    default String name() {
        return getClass().getName();
    }

    void consume(OutboxMessage message) throws Exception;
}
