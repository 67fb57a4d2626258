package org.innovatorpassport.platform.internal.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.Outbox;

/** Writes the message through the JTA data source: it commits or rolls back with the change. */
@ApplicationScoped
class JdbcOutbox implements Outbox {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Override
    public void publish(String topic, String payload) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into platform.outbox_message "
                     + "(id, topic, payload, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(clock.instant());
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, payload);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox for " + topic, e);
        }
    }

    @Override
    public java.util.List<String> payloadsToReplay(java.util.Collection<String> topics, java.time.Instant since) {
        try {
            return new OutboxRelay(dataSource, clock).payloadsToReplay(topics, since);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox for " + topics, e);
        }
    }
}
