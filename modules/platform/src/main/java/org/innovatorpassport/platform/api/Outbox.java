package org.innovatorpassport.platform.api;

/**
 * Reactions that must survive a crash: a message is written in the caller's transaction and
 * delivered to the {@link OutboxConsumer} of its topic after commit, retried with backoff until
 * the consumer succeeds. Payloads carry ids; the consumer reloads what it needs.
 */
public interface Outbox {

    void publish(String topic, String payload);

    /**
     * The distinct payloads of the messages of these topics written at or after {@code since},
     * delivered or not: what a projection rebuilt from a snapshot must replay to catch up.
     */
    java.util.List<String> payloadsSince(java.util.Collection<String> topics, java.time.Instant since);
}
