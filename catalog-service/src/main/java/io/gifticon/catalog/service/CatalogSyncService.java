package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogSyncConfig;
import io.gifticon.catalog.repository.SyncRunStarts;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts sync runs. At most one run at a time across every replica: the run's RUNNING row is unique (partial unique
 * index), so a second start fails on insert; a scheduled run also carries its fire time as a unique key. A failed
 * start is never launched: the run's rows are written by one statement ({@link SyncRunStarts}) before the run starts.
 */
@ApplicationScoped
public class CatalogSyncService {
    private static final Logger LOG = Logger.getLogger(CatalogSyncService.class);

    private final SyncRunner runner;
    private final ProviderCapabilities capabilities;
    private final CatalogSyncConfig config;
    private final Vertx vertx;
    private final SyncRunStarts starts;
    private final Clock clock;

    public CatalogSyncService(
            SyncRunner runner,
            ProviderCapabilities capabilities,
            CatalogSyncConfig config,
            Vertx vertx,
            SyncRunStarts starts,
            Clock clock) {
        this.runner = runner;
        this.capabilities = capabilities;
        this.config = config;
        this.vertx = vertx;
        this.starts = starts;
        this.clock = clock;
    }

    /** Every provider the platform knows, in sync order. */
    public List<String> providers() {
        List<String> all = new ArrayList<>(capabilities.providers());
        all.sort(String::compareTo);
        return all;
    }

    /**
     * Records a new RUNNING run and starts it in the background.
     *
     * @param provider    one provider, or null for all
     * @param scheduleKey the scheduled fire time, or null for an on-demand run
     * @return the run id; fails with {@link ErrorCode#SYNC_ALREADY_RUNNING} when a run is going on (or this
     *     schedule's run already ran)
     */
    public Uni<UUID> start(String trigger, String provider, String scheduleKey) {
        List<String> providers = provider == null ? providers() : List.of(provider);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return starts.expireStale(now, now.minus(config.staleAfter()))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.warnf("%d stale sync run(s) marked FAILED", n);
                    }
                })
                .chain(() -> starts.insertRunning(id, trigger, provider, scheduleKey, now, providers))
                .onFailure(CatalogSyncService::uniqueViolation)
                .recoverWithUni(e -> starts.running()
                        .onFailure()
                        .recoverWithItem(Optional.empty())
                        .chain(current -> Uni.createFrom()
                                .failure(new DomainException(
                                        ErrorCode.SYNC_ALREADY_RUNNING,
                                        current.map(r -> "sync " + r.id() + " is running since " + r.startedAt())
                                                .orElse("a sync for this schedule already ran")))))
                .invoke(() -> launch(id, providers))
                .replaceWith(id);
    }

    private void launch(UUID id, List<String> providers) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        // Hibernate Reactive needs an isolated ("safe") duplicated context of its own
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> runner.run(id, providers, context)
                .subscribe()
                .with(
                        done -> LOG.infof("sync %s finished", id),
                        failure -> LOG.errorf("sync %s failed: %s", id, failure)));
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
