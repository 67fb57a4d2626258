package org.innovatorpassport.platform.api;

/**
 * Reactions that must survive a crash: a message is written in the caller's transaction and
 * delivered after commit to every {@link OutboxConsumer} of its topic, each delivery retried with
 * backoff until that consumer succeeds. Payloads carry ids; the consumer reloads what it needs.
 */
public interface Outbox {

    void publish(String topic, String payload);

    /**
     * What a projection rebuilt from a snapshot read after {@code since} must replay to catch up: the
     * distinct payloads of these topics' messages delivered at or after {@code since}, or not delivered
     * yet. A message delivered before it was committed before it, so the snapshot holds its change.
     */
    java.util.List<String> payloadsToReplay(java.util.Collection<String> topics, java.time.Instant since);
}
