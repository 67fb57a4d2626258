package org.innovatorpassport.it.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.innovatorpassport.it.support.Stack;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;
import org.innovatorpassport.platform.internal.outbox.OutboxRelay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The outbox relay against the real PostgreSQL: a failing consumer loses nothing, every consumer of a
 * topic gets every message even when another of them fails, and two nodes draining the same table
 * never deliver one message twice at the same time.
 */
class OutboxRelayIT {
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void migratePlatformSchema() {
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(Stack.env("PASSPORT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/passport_test"));
        dataSource.setUser(Stack.env("PASSPORT_DB_USER", "passport"));
        dataSource.setPassword(Stack.env("PASSPORT_DB_PASSWORD", "passport"));
        Flyway.configure().dataSource(dataSource).schemas("platform").createSchemas(true)
                .locations("classpath:db/migration/platform").load().migrate();
    }

    @Test
    void nothingIsLostWhenTheConsumerFails() throws Exception {
        String topic = "test.flaky." + UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            publish(topic, "message-" + i);
        }
        MovableClock clock = new MovableClock(Instant.now());
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Set<String> consumed = ConcurrentHashMap.newKeySet();
        OutboxConsumer flaky = consumer(topic, message -> {
            // every message fails on its first two attempts, as a consumer would while its target is down
            if (attempts.computeIfAbsent(message.payload(), p -> new AtomicInteger()).incrementAndGet() <= 2) {
                throw new IllegalStateException("the search index is down");
            }
            assertTrue(consumed.add(message.payload()), "consumed twice: " + message.payload());
        });
        OutboxRelay relay = new OutboxRelay(dataSource, clock);
        for (int round = 0; round < 10 && consumed.size() < 40; round++) {
            relay.drain(Map.of(topic, flaky), 100);
            clock.advance(Duration.ofSeconds(5)); // past the backoff of the first failures
        }
        assertEquals(40, consumed.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*), min(d.attempts), max(d.attempts) "
                     + "from platform.outbox_message m join platform.outbox_delivery d on d.message_id = m.id "
                     + "where m.topic = ? and m.delivered_at is not null and d.delivered_at is not null")) {
            q.setString(1, topic);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                assertEquals(40, row.getInt(1), "every message is marked delivered");
                assertEquals(3, row.getInt(2));
                assertEquals(3, row.getInt(3));
            }
        }
    }

    @Test
    void failedDeliveryWaitsForItsBackoffBeforeTheNextAttempt() throws Exception {
        String topic = "test.backoff." + UUID.randomUUID();
        publish(topic, "only");
        MovableClock clock = new MovableClock(Instant.now());
        AtomicInteger calls = new AtomicInteger();
        OutboxConsumer failing = consumer(topic, message -> {
            calls.incrementAndGet();
            throw new IllegalStateException("down");
        });
        OutboxRelay relay = new OutboxRelay(dataSource, clock);
        relay.drain(Map.of(topic, failing), 10);
        relay.drain(Map.of(topic, failing), 10);
        assertEquals(1, calls.get(), "not retried before the backoff has passed");
        clock.advance(Duration.ofSeconds(2));
        relay.drain(Map.of(topic, failing), 10);
        assertEquals(2, calls.get());
    }

    @Test
    void twoNodesNeverDeliverTheSameMessageTwice() throws Exception {
        String topic = "test.nodes." + UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            publish(topic, "m" + i);
        }
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        AtomicReference<String> duplicate = new AtomicReference<>();
        OutboxConsumer recording = consumer(topic, message -> {
            if (!delivered.add(message.payload())) {
                duplicate.set(message.payload());
            }
        });
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<?>[] running = new Future<?>[2];
        for (int n = 0; n < 2; n++) {
            running[n] = nodes.submit(() -> {
                OutboxRelay relay = new OutboxRelay(dataSource, Clock.systemUTC());
                start.await();
                while (relay.drain(Map.of(topic, recording), 7) > 0) {
                    // keep draining small batches so the two nodes interleave
                }
                return null;
            });
        }
        start.countDown();
        for (Future<?> node : running) {
            node.get();
        }
        nodes.shutdown();
        assertEquals(200, delivered.size());
        assertEquals(null, duplicate.get());
    }

    @Test
    void everyConsumerOfATopicGetsEachMessageWhenAnotherFails() throws Exception {
        String topic = "test.shared." + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            publish(topic, "event-" + i);
        }
        MovableClock clock = new MovableClock(Instant.now());
        Set<String> indexed = ConcurrentHashMap.newKeySet();
        Set<String> flagged = ConcurrentHashMap.newKeySet();
        AtomicInteger flaggerCalls = new AtomicInteger();
        OutboxConsumer indexer = consumer("indexer", topic, message -> assertTrue(indexed.add(message.payload())));
        OutboxConsumer flagger = consumer("flagger", topic, message -> {
            // down for its first two rounds, as a module whose database call times out
            if (flaggerCalls.incrementAndGet() <= 20) {
                throw new IllegalStateException("flagging is down");
            }
            assertTrue(flagged.add(message.payload()), "flagged twice: " + message.payload());
        });
        OutboxRelay relay = new OutboxRelay(dataSource, clock);
        relay.drain(java.util.List.of(indexer, flagger), 100);
        assertEquals(10, indexed.size(), "the healthy consumer is not held back by the failing one");
        assertEquals(0, flagged.size());
        assertEquals(10, undelivered(topic), "no message is done while one of its deliveries is not");
        for (int round = 0; round < 10 && flagged.size() < 10; round++) {
            clock.advance(Duration.ofSeconds(5));
            relay.drain(java.util.List.of(indexer, flagger), 100);
        }
        assertEquals(10, flagged.size(), "the failing consumer's deliveries were retried, none lost");
        assertEquals(10, indexed.size(), "the healthy consumer got each message once");
        assertEquals(0, undelivered(topic));
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select d.consumer, count(*), max(d.attempts) from platform.outbox_delivery d "
                     + "join platform.outbox_message m on m.id = d.message_id where m.topic = ? group by d.consumer order by 1")) {
            q.setString(1, topic);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertEquals("flagger", rows.getString(1));
                assertEquals(10, rows.getInt(2));
                assertEquals(3, rows.getInt(3));
                rows.next();
                assertEquals("indexer", rows.getString(1));
                assertEquals(10, rows.getInt(2));
                assertEquals(1, rows.getInt(3), "a delivery that succeeded is never repeated for another's failure");
            }
        }
    }

    @Test
    void aRebuildReplaysWhatWasDeliveredWhileItRanAndWhatIsStillWaiting() throws Exception {
        String topic = "test.replay." + UUID.randomUUID();
        MovableClock clock = new MovableClock(Instant.now());
        OutboxRelay relay = new OutboxRelay(dataSource, clock);
        OutboxConsumer projection = consumer("projection", topic, message -> { });
        publish(topic, "delivered-before");
        relay.drain(Map.of(topic, projection), 100);
        clock.advance(Duration.ofSeconds(10));
        Instant rebuildBegan = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        publish(topic, "delivered-while-it-ran");
        relay.drain(Map.of(topic, projection), 100);
        publish(topic, "not-delivered-yet");

        List<String> replay = relay.payloadsToReplay(List.of(topic), rebuildBegan);
        assertEquals(Set.of("delivered-while-it-ran", "not-delivered-yet"), Set.copyOf(replay),
                "what was delivered before the rebuild began is in what it read");
        assertEquals(2, replay.size(), "each payload once");
    }

    private static int undelivered(String topic) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from platform.outbox_message where topic = ? and delivered_at is null")) {
            q.setString(1, topic);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void publish(String topic, String payload) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into platform.outbox_message "
                     + "(id, topic, payload, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")) {
            Timestamp past = Timestamp.from(Instant.now().minusSeconds(1));
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, payload);
            insert.setTimestamp(4, past);
            insert.setTimestamp(5, past);
            insert.executeUpdate();
        }
    }

    private static OutboxConsumer consumer(String topic, ThrowingConsumer body) {
        return consumer("test-consumer", topic, body);
    }

    private static OutboxConsumer consumer(String name, String topic, ThrowingConsumer body) {
        return new OutboxConsumer() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public void consume(OutboxMessage message) throws Exception {
                body.accept(message);
            }
        };
    }

    private interface ThrowingConsumer {
        void accept(OutboxMessage message) throws Exception;
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
