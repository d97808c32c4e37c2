package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogRetriesConfig;
import io.gifticon.web.DomainException;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final CatalogRetriesConfig retries;
    private final Counter outages;

    public SyncSchedule(CatalogSyncService syncs, CatalogRetriesConfig retries, MeterRegistry metrics) {
        this.syncs = syncs;
        this.retries = retries;
        this.outages = Transients.counter(metrics, "catalog", "catalog-sync-schedule");
    }

    @Scheduled(
            identity = "catalog-sync",
            cron = "${catalog.sync.cron}",
            timeZone = "${catalog.sync.time-zone}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> nightly(ScheduledExecution execution) {
        String key = "scheduled:" + execution.getScheduledFireTime().truncatedTo(ChronoUnit.MINUTES);
        // the database not answering at the fire time (a restart): the start is tried again, not skipped until tomorrow
        return Transients.retried(() -> syncs.start("SCHEDULED", null, key), retries.schedule(), outages)
                .invoke(id -> LOG.infof("scheduled sync %s started (%s)", id, key))
                .onFailure(DomainException.class)
                .recoverWithItem(e -> {
                    LOG.infof("scheduled sync %s not started here: %s", key, e.getMessage());
                    return null;
                })
                .replaceWithVoid();
    }
}
