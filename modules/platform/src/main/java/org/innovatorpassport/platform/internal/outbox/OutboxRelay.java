package org.innovatorpassport.platform.internal.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * Delivers outbox messages to every consumer of their topic. Each message fans out into one
 * delivery per consumer this node knows; a node claims a batch of due deliveries under row locks
 * ({@code FOR UPDATE SKIP LOCKED}), pushes their next attempt past a lease so no other node takes
 * them meanwhile, and commits; then it hands each to its consumer and marks it delivered, or
 * schedules a retry of that delivery alone with exponential backoff. A node that dies mid-batch
 * leaves its deliveries to be claimed again when the lease runs out, so delivery is at least once,
 * nothing is lost, and one consumer failing never holds back another. A message is marked delivered
 * once all its deliveries are.
 */
public class OutboxRelay {
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final Clock clock;

    public OutboxRelay(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One consumer per topic, as callers that know only one used to pass them. */
    public int drain(Map<String, OutboxConsumer> consumers, int batchSize) throws SQLException {
        return drain(consumers.values(), batchSize);
    }

    /** Delivers one batch of deliveries; answers how many succeeded. */
    public int drain(Collection<OutboxConsumer> consumers, int batchSize) throws SQLException {
        Map<String, OutboxConsumer> byName = byName(consumers);
        if (byName.isEmpty()) {
            return 0;
        }
        fanOut(byName.values());
        int delivered = 0;
        Set<UUID> touched = new LinkedHashSet<>();
        // each consumer gets its share of the batch at once, so a bulk writer sends one request for it
        Map<String, List<Claimed>> byConsumer = new LinkedHashMap<>();
        for (Claimed delivery : claim(byName.keySet(), batchSize)) {
            byConsumer.computeIfAbsent(delivery.consumer(), c -> new ArrayList<>()).add(delivery);
        }
        for (Map.Entry<String, List<Claimed>> share : byConsumer.entrySet()) {
            Map<UUID, Exception> failures;
            try {
                failures = byName.get(share.getKey()).consumeAll(share.getValue().stream().map(Claimed::message).toList());
            } catch (RuntimeException whole) {
                failures = new LinkedHashMap<>();
                for (Claimed delivery : share.getValue()) {
                    failures.put(delivery.message().id(), whole);
                }
            }
            List<Claimed> done = new ArrayList<>();
            for (Claimed delivery : share.getValue()) {
                Exception failure = failures.get(delivery.message().id());
                if (failure == null) {
                    done.add(delivery);
                    touched.add(delivery.message().id());
                    delivered++;
                } else {
                    scheduleRetry(delivery, failure);
                }
            }
            markDelivered(done);
        }
        closeMessages(touched);
        return delivered;
    }

    /**
     * The distinct payloads of these topics' messages that some consumer received at or after
     * {@code since}, or that are not delivered to every consumer yet (see {@link
     * org.innovatorpassport.platform.api.Outbox#payloadsToReplay}). Asked by delivery time, not by
     * when a message was written: a rebuild then replays only what arrived while it ran, however much
     * was written just before it.
     */
    public List<String> payloadsToReplay(Collection<String> topics, Instant since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select m.payload from platform.outbox_message m "
                     + "where m.topic = any (?) and m.delivered_at is null "
                     + "union select m.payload from platform.outbox_delivery d join platform.outbox_message m on m.id = d.message_id "
                     + "where m.topic = any (?) and d.delivered_at >= ?")) {
            Array wanted = connection.createArrayOf("text", topics.toArray());
            select.setArray(1, wanted);
            select.setArray(2, wanted);
            select.setTimestamp(3, Timestamp.from(since));
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        }
    }

    static Map<String, OutboxConsumer> byName(Collection<OutboxConsumer> consumers) {
        Map<String, OutboxConsumer> byName = new LinkedHashMap<>();
        for (OutboxConsumer consumer : consumers) {
            if (byName.putIfAbsent(consumer.name(), consumer) != null) {
                // two consumers under one name would share, and so lose, one delivery between them
                throw new IllegalArgumentException("two outbox consumers are named " + consumer.name());
            }
        }
        return byName;
    }

    /** At most this many new messages are given their deliveries per drain, so one drain stays short. */
    static final int FAN_OUT_BATCH = 1000;

    /**
     * Gives new messages one delivery per consumer of their topic and marks them fanned out, so a drain
     * reads only messages that arrived since the last one, however many deliveries are waiting. Only
     * topics this node can deliver: a message for a topic no node knows waits rather than failing. (A
     * consumer added later gets only messages published after its node fans out.)
     */
    void fanOut(Collection<OutboxConsumer> consumers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement fan = connection.prepareStatement("with fresh as ("
                     + "select m.id from platform.outbox_message m where not m.fanned_out and m.topic = any (?) "
                     + "order by m.created_at limit ? for update skip locked), "
                     + "given as (insert into platform.outbox_delivery (message_id, consumer, next_attempt_at) "
                     + "select m.id, c.name, m.next_attempt_at from platform.outbox_message m join fresh on fresh.id = m.id "
                     + "join unnest(?::text[], ?::text[]) as c(topic, name) on c.topic = m.topic "
                     + "on conflict do nothing) "
                     + "update platform.outbox_message m set fanned_out = true from fresh where m.id = fresh.id")) {
            fan.setArray(1, connection.createArrayOf("text", consumers.stream().map(OutboxConsumer::topic).distinct().toArray()));
            fan.setInt(2, FAN_OUT_BATCH);
            fan.setArray(3, connection.createArrayOf("text", consumers.stream().map(OutboxConsumer::topic).toArray()));
            fan.setArray(4, connection.createArrayOf("text", consumers.stream().map(OutboxConsumer::name).toArray()));
            fan.executeUpdate();
        }
    }

    List<Claimed> claim(Set<String> consumerNames, int batchSize) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Claimed> claimed = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("select m.id, m.topic, m.payload, d.attempts, d.consumer "
                        + "from platform.outbox_delivery d join platform.outbox_message m on m.id = d.message_id "
                        + "where d.delivered_at is null and d.next_attempt_at <= ? and d.consumer = any (?) "
                        + "order by d.next_attempt_at limit ? for update of d skip locked")) {
                    select.setTimestamp(1, Timestamp.from(now));
                    select.setArray(2, connection.createArrayOf("text", consumerNames.toArray()));
                    select.setInt(3, batchSize);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            claimed.add(new Claimed(new OutboxMessage(rows.getObject(1, UUID.class), rows.getString(2),
                                    rows.getString(3), rows.getInt(4) + 1), rows.getString(5)));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement lease = connection.prepareStatement("update platform.outbox_delivery "
                            + "set attempts = attempts + 1, next_attempt_at = ? "
                            + "where (message_id, consumer) in (select * from unnest(?::uuid[], ?::text[]))")) {
                        lease.setTimestamp(1, Timestamp.from(now.plus(LEASE)));
                        Array ids = connection.createArrayOf("uuid", claimed.stream().map(c -> c.message().id()).toArray());
                        lease.setArray(2, ids);
                        lease.setArray(3, connection.createArrayOf("text", claimed.stream().map(Claimed::consumer).toArray()));
                        lease.executeUpdate();
                    }
                }
                connection.commit();
                return claimed;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** One statement for a consumer's whole share: a statement per delivery held a batch of 500 up for a second. */
    private void markDelivered(List<Claimed> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform.outbox_delivery "
                     + "set delivered_at = ?, last_error = null "
                     + "where (message_id, consumer) in (select * from unnest(?::uuid[], ?::text[]))")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setArray(2, connection.createArrayOf("uuid", deliveries.stream().map(d -> d.message().id()).toArray()));
            update.setArray(3, connection.createArrayOf("text", deliveries.stream().map(Claimed::consumer).toArray()));
            update.executeUpdate();
        }
    }

    /**
     * Marks messages whose every delivery is done. Two nodes finishing the last two deliveries of one
     * message at once may each miss the other's; the message then stays open, which costs only a
     * look at it on the next fan-out, where nothing new is inserted.
     */
    private void closeMessages(Set<UUID> messageIds) throws SQLException {
        if (messageIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform.outbox_message m set delivered_at = ? "
                     + "where m.id = any (?) and m.delivered_at is null and not exists (select 1 from platform.outbox_delivery d "
                     + "where d.message_id = m.id and d.delivered_at is null)")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setArray(2, connection.createArrayOf("uuid", messageIds.toArray()));
            update.executeUpdate();
        }
    }

    private void scheduleRetry(Claimed delivery, Exception failure) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform.outbox_delivery "
                     + "set next_attempt_at = ?, last_error = ? where message_id = ? and consumer = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant().plus(backoff(delivery.message().attempt()))));
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            update.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            update.setObject(3, delivery.message().id());
            update.setString(4, delivery.consumer());
            update.executeUpdate();
        }
    }

    /** 1 s after the first failure, doubling each time, never more than ten minutes. */
    static Duration backoff(int attempt) {
        int exponent = Math.min(Math.max(attempt - 1, 0), 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** A message claimed for one consumer. */
    record Claimed(OutboxMessage message, String consumer) {
    }
}
