package io.gifticon.catalog.service;

import io.gifticon.web.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/** The nightly sync. Every replica fires; the fire time is the run's unique schedule key, so one of them runs it. */
@ApplicationScoped
public class SyncSchedule {
    private static final Logger LOG = Logger.getLogger(SyncSchedule.class);

    private final CatalogSyncService syncs;

    public SyncSchedule(CatalogSyncService syncs) {
        this.syncs = syncs;
    }

    @Scheduled(identity = "catalog-sync", cron = "${catalog.sync.cron}", timeZone = "${catalog.sync.time-zone}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> nightly(ScheduledExecution execution) {
        String key = "scheduled:" + execution.getScheduledFireTime().truncatedTo(ChronoUnit.MINUTES);
        return syncs.start("SCHEDULED", null, key)
                .invoke(id -> LOG.infof("scheduled sync %s started (%s)", id, key))
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    LOG.infof("scheduled sync %s not started here: %s", key, e.getMessage());
                    return null;
                })
                .replaceWithVoid();
    }
}
