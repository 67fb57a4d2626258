package org.innovatorpassport.platform.internal.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.platform.api.ClusterJobs;

/**
 * One row per job and period: the node whose insert creates it runs the job; later askers only
 * count their attempt, so the table shows both that nodes competed and that one won.
 */
@ApplicationScoped
class JdbcClusterJobs implements ClusterJobs {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PASSPORT_NODE_NAME", defaultValue = "node")
    String node;

    @Override
    public boolean claim(String job, Duration every) {
        Instant period = JobPeriod.start(clock.instant(), every);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into platform.job_run (job, period, node, claimed_at, attempts) values (?, ?, ?, ?, 1) "
                                + "on conflict (job, period) do update set attempts = job_run.attempts + 1 "
                                + "returning (xmax = 0) as claimed")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.from(period));
            insert.setString(3, node);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            try (ResultSet result = insert.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim " + job + " for " + period, e);
        }
    }
}
