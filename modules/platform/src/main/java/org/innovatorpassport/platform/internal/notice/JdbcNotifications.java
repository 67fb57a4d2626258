package org.innovatorpassport.platform.internal.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Notification;
import org.innovatorpassport.platform.api.Notifications;
import org.innovatorpassport.platform.api.Problem;

/** Through the JTA data source, so a notification commits or rolls back with what caused it. */
@ApplicationScoped
class JdbcNotifications implements Notifications {
    private static final int SHOWN = 200;
    private static final String COLUMNS = "id, kind, subject_type, subject_id, message, created_at, read_at";

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Override
    public void send(UUID recipientId, String kind, String subjectType, UUID subjectId, String message, UUID dedupeKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into platform.notification (id, recipient_id, kind, "
                     + "subject_type, subject_id, message, dedupe_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) "
                     + "on conflict (recipient_id, dedupe_key) do nothing")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, recipientId);
            insert.setString(3, kind);
            insert.setString(4, subjectType);
            insert.setObject(5, subjectId);
            insert.setString(6, message);
            insert.setObject(7, dedupeKey);
            insert.setTimestamp(8, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the notification " + kind, e);
        }
    }

    @Override
    public List<Notification> mine() {
        Caller caller = callers.required();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from platform.notification "
                     + "where recipient_id in (?, ?) order by created_at desc, id limit " + SHOWN)) {
            select.setObject(1, caller.userId());
            select.setObject(2, caller.organisationId());
            List<Notification> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(notification(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read notifications", e);
        }
    }

    @Override
    public long unread() {
        Caller caller = callers.required();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from platform.notification "
                     + "where recipient_id in (?, ?) and read_at is null")) {
            count.setObject(1, caller.userId());
            count.setObject(2, caller.organisationId());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count notifications", e);
        }
    }

    /**
     * One read marks it for the whole organisation when it was sent to the organisation: it is one
     * message to the organisation, not one per user.
     */
    @Override
    public Notification markRead(UUID notificationId) {
        Caller caller = callers.required();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform.notification set read_at = coalesce(read_at, ?) "
                     + "where id = ? and recipient_id in (?, ?) returning " + COLUMNS)) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setObject(2, notificationId);
            update.setObject(3, caller.userId());
            update.setObject(4, caller.organisationId());
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    throw Problem.notFound("The notification");
                }
                return notification(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the notification read", e);
        }
    }

    private static Notification notification(ResultSet row) throws SQLException {
        Timestamp read = row.getTimestamp(7);
        return new Notification(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getObject(4, UUID.class),
                row.getString(5), row.getTimestamp(6).toInstant(), read == null ? null : read.toInstant());
    }
}
