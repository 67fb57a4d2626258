package org.innovatorpassport.assurance.internal.passport;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.ClusterJobs;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Moves passports to expiring and expired as dates pass, once an hour across the whole cluster: every
 * node wakes up each period, and only the one that claims the period does the work (relying trusts
 * are told of each change once). Running it twice would still be safe: a status already moved is not
 * moved again, and a concurrent move loses on its version.
 */
@ApplicationScoped
class PassportStatusJob {
    private static final Logger LOG = Logger.getLogger(PassportStatusJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Passports passports;

    @Inject
    ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = "PASSPORT_STATUS_JOB_MINUTES", defaultValue = "60")
    long minutes;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        Duration every = Duration.ofMinutes(minutes);
        // Waking several times a period means a period is never skipped as the delay drifts, and a
        // node that dies before its turn is covered within a fraction of the period by another.
        long tick = Math.max(10, every.toSeconds() / 6);
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                if (!jobs.claim("passport-status", every)) {
                    return;
                }
                int changed = passports.refreshStatuses();
                if (changed > 0) {
                    LOG.info(changed + " passport(s) changed status as evidence dates passed");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "passport status refresh failed; will try again", e);
            }
        }, tick, tick, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
