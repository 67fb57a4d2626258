package org.innovatorpassport.platform.internal.identity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.platform.api.ClusterJobs;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Keeps the log of failed sign-ins to its retention period, and drops throttling counts that have
 * been forgotten and block nothing, so a flood leaves no table growing for ever. One node a period
 * does it across the cluster; running it twice would only delete nothing the second time.
 */
@ApplicationScoped
class FailureLogPruning {
    private static final Logger LOG = Logger.getLogger(FailureLogPruning.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    ClusterJobs jobs;

    @Inject
    SignInLimits limits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_PRUNE_MINUTES", defaultValue = "60")
    long minutes;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        Duration every = Duration.ofMinutes(minutes);
        // Several wake-ups a period, so a period is not skipped as the delay drifts (as PassportStatusJob).
        long tick = Math.max(10, every.toSeconds() / 6);
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                if (jobs.claim("sign-in-failure-pruning", every)) {
                    prune(clock.instant());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "pruning the failed sign-in log failed; will try again", e);
            }
        }, tick, tick, TimeUnit.SECONDS);
    }

    void prune(Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement failures = c.prepareStatement("delete from platform.sign_in_failure where failed_at < ?");
             PreparedStatement counts = c.prepareStatement("delete from platform.sign_in_throttle where last_failure_at < ? "
                     + "and (blocked_until is null or blocked_until < ?)")) {
            failures.setTimestamp(1, Timestamp.from(now.minus(limits.keepFailures())));
            int pruned = failures.executeUpdate();
            counts.setTimestamp(1, Timestamp.from(now.minus(limits.forgetFailuresAfter())));
            counts.setTimestamp(2, Timestamp.from(now));
            counts.executeUpdate();
            if (pruned > 0) {
                LOG.info(pruned + " failed sign-in(s) older than " + limits.keepFailures().toDays() + " days pruned");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prune the failed sign-in log", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
