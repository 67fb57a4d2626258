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

    /**
     * Consumes the messages of one claimed batch at once, and answers, by message id, the failure of each
     * one to retry (the others are delivered). The default consumes them one by one; a consumer that
     * writes to a store with a bulk API overrides it to send one request for the batch.
     */
    default java.util.Map<java.util.UUID, Exception> consumeAll(java.util.List<OutboxMessage> messages) {
        java.util.Map<java.util.UUID, Exception> failures = new java.util.LinkedHashMap<>();
        for (OutboxMessage message : messages) {
            try {
                consume(message);
            } catch (Exception failure) {
                failures.put(message.id(), failure);
            }
        }
        return failures;
    }
}
