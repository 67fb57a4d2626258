package org.innovatorpassport.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxConsumerTest {

    @Test
    void aBatchIsConsumedOneByOneByDefaultAndOnlyTheFailuresAreRetried() {
        List<String> consumed = new ArrayList<>();
        OutboxConsumer consumer = new OutboxConsumer() {
            @Override
            public String topic() {
                return "test";
            }

            @Override
            public void consume(OutboxMessage message) {
                if (message.payload().equals("bad")) {
                    throw new IllegalStateException("refused");
                }
                consumed.add(message.payload());
            }
        };
        OutboxMessage good = new OutboxMessage(UUID.randomUUID(), "test", "good", 1);
        OutboxMessage bad = new OutboxMessage(UUID.randomUUID(), "test", "bad", 1);
        OutboxMessage after = new OutboxMessage(UUID.randomUUID(), "test", "after", 1);
        Map<UUID, Exception> failures = consumer.consumeAll(List.of(good, bad, after));
        assertEquals(List.of("good", "after"), consumed, "a failure does not hold back the rest of the batch");
        assertEquals(List.of(bad.id()), List.copyOf(failures.keySet()));
    }
}
