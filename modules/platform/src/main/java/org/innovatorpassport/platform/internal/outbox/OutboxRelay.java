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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * Delivers outbox messages. A node claims a batch under row locks ({@code FOR UPDATE SKIP LOCKED}),
 * pushes each claimed row's next attempt past a lease so no other node takes it meanwhile, and
 * commits; then it delivers each message and marks it delivered, or schedules a retry with
 * exponential backoff. A node that dies mid-batch leaves its rows to be claimed again when the
 * lease runs out, so delivery is at least once and nothing is lost.
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

    /** Delivers one batch; answers how many messages were delivered. */
    public int drain(Map<String, OutboxConsumer> consumers, int batchSize) throws SQLException {
        int delivered = 0;
        if (consumers.isEmpty()) {
            return 0;
        }
        for (OutboxMessage message : claim(consumers.keySet(), batchSize)) {
            try {
                consumers.get(message.topic()).consume(message);
                markDelivered(message.id());
                delivered++;
            } catch (Exception failure) {
                scheduleRetry(message, failure);
            }
        }
        return delivered;
    }

    /** Only topics this node can deliver: a message for a topic no node knows waits rather than failing. */
    List<OutboxMessage> claim(java.util.Set<String> topics, int batchSize) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxMessage> claimed = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("select id, topic, payload, attempts "
                        + "from platform.outbox_message where delivered_at is null and next_attempt_at <= ? and topic = any (?) "
                        + "order by next_attempt_at limit ? for update skip locked")) {
                    select.setTimestamp(1, Timestamp.from(now));
                    select.setArray(2, connection.createArrayOf("text", topics.toArray()));
                    select.setInt(3, batchSize);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            claimed.add(new OutboxMessage(rows.getObject(1, UUID.class), rows.getString(2),
                                    rows.getString(3), rows.getInt(4) + 1));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement lease = connection.prepareStatement("update platform.outbox_message "
                            + "set attempts = attempts + 1, next_attempt_at = ? where id = any (?)")) {
                        lease.setTimestamp(1, Timestamp.from(now.plus(LEASE)));
                        Array ids = connection.createArrayOf("uuid", claimed.stream().map(OutboxMessage::id).toArray());
                        lease.setArray(2, ids);
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

    private void markDelivered(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update platform.outbox_message set delivered_at = ?, last_error = null where id = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    private void scheduleRetry(OutboxMessage message, Exception failure) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update platform.outbox_message set next_attempt_at = ?, last_error = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant().plus(backoff(message.attempt()))));
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            update.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            update.setObject(3, message.id());
            update.executeUpdate();
        }
    }

    /** 1 s after the first failure, doubling each time, never more than ten minutes. */
    static Duration backoff(int attempt) {
        int exponent = Math.min(Math.max(attempt - 1, 0), 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
