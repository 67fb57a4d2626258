package org.innovatorpassport.platform.internal.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * Drains the outbox every half second on every node, for every consumer of every topic; the relay's
 * row locks keep nodes apart.
 */
@ApplicationScoped
class OutboxScheduler {
    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @Any
    Instance<OutboxConsumer> consumers;

    @Inject
    Clock clock;

    /**
     * Deliveries claimed per drain. Consumers that write in bulk (the search index) read and write a
     * batch together, so a larger batch is cheaper per message; 50 held indexing to about 100 a second.
     */
    static final int BATCH = 250;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        // every consumer, several per topic if several modules react to one event
        List<OutboxConsumer> all = new ArrayList<>();
        consumers.forEach(all::add);
        OutboxRelay.byName(all);
        OutboxRelay relay = new OutboxRelay(dataSource, clock);
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                while (relay.drain(all, BATCH) == BATCH) {
                    // a full batch means more may be waiting
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "outbox drain failed; will try again", e);
            }
        }, 1000, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
