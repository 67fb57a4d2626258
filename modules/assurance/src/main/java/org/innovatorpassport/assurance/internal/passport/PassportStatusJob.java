package org.innovatorpassport.assurance.internal.passport;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Moves passports to expiring and expired as dates pass, hourly on every node. Running it twice is
 * harmless: a status already moved is not moved again, and a concurrent move loses on its version.
 */
@ApplicationScoped
class PassportStatusJob {
    private static final Logger LOG = Logger.getLogger(PassportStatusJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Passports passports;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                int changed = passports.refreshStatuses();
                if (changed > 0) {
                    LOG.info(changed + " passport(s) changed status as evidence dates passed");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "passport status refresh failed; will try again", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
