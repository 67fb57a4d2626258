package org.innovatorpassport.platform.internal.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.AuditEntry;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;

/**
 * Writes audit entries through the JTA data source, so the entry joins whatever transaction the
 * change is in. Jobs and outbox consumers have no caller; their entries name no actor.
 */
@ApplicationScoped
class JdbcAuditLog implements AuditLog {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Override
    public void record(String action, String subjectType, Object subjectId, String summary) {
        Optional<Caller> caller = caller();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into platform.audit_entry "
                     + "(id, occurred_at, actor_id, actor_email, organisation_id, action, subject_type, subject_id, summary) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setObject(3, caller.map(Caller::userId).orElse(null));
            insert.setString(4, caller.map(Caller::email).orElse(null));
            insert.setObject(5, caller.map(Caller::organisationId).orElse(null));
            insert.setString(6, action);
            insert.setString(7, subjectType);
            insert.setString(8, String.valueOf(subjectId));
            insert.setString(9, summary);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit entry for " + action, e);
        }
    }

    @Override
    public List<AuditEntry> about(String subjectType, Object subjectId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select id, occurred_at, actor_email, organisation_id, "
                     + "action, subject_type, subject_id, summary from platform.audit_entry "
                     + "where subject_type = ? and subject_id = ? order by occurred_at desc, id")) {
            query.setString(1, subjectType);
            query.setString(2, String.valueOf(subjectId));
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant(),
                            rows.getString(3), rows.getObject(4, UUID.class), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    private Optional<Caller> caller() {
        try {
            return callers.current();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
