package io.gifticon.catalog.service;

import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.SyncRunEntity;
import io.gifticon.catalog.config.CatalogSyncConfig;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts sync runs. At most one run at a time across every replica: the run's RUNNING row is unique (partial unique
 * index), so a second start fails on insert; a scheduled run also carries its fire time as a unique key.
 */
@ApplicationScoped
public class CatalogSyncService {
    private static final Logger LOG = Logger.getLogger(CatalogSyncService.class);

    private final SyncRunner runner;
    private final ProviderCapabilities capabilities;
    private final CatalogSyncConfig config;
    private final Vertx vertx;

    public CatalogSyncService(
            SyncRunner runner, ProviderCapabilities capabilities, CatalogSyncConfig config, Vertx vertx) {
        this.runner = runner;
        this.capabilities = capabilities;
        this.config = config;
        this.vertx = vertx;
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
     * @return the run id; fails with a 409 problem when a run is already going on
     */
    public Uni<UUID> start(String trigger, String provider, String scheduleKey) {
        List<String> providers = provider == null ? providers() : List.of(provider);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return expireStale(now)
                .chain(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> {
                    SyncRunEntity run = new SyncRunEntity();
                    run.id = id;
                    run.trigger = trigger;
                    run.requested = provider;
                    run.status = SyncRunEntity.RUNNING;
                    run.scheduleKey = scheduleKey;
                    run.startedAt = now;
                    run.heartbeatAt = now;
                    List<Object> rows = new ArrayList<>();
                    rows.add(run);
                    for (String p : providers) {
                        SyncProviderEntity pr = new SyncProviderEntity();
                        pr.runId = id;
                        pr.provider = p;
                        pr.status = "PENDING";
                        rows.add(pr);
                    }
                    // the run row first: the provider rows refer to it
                    return s.persist(run)
                            .chain(s::flush)
                            .chain(() ->
                                    s.persistAll(rows.subList(1, rows.size()).toArray()));
                })))
                .onFailure(CatalogSyncService::uniqueViolation)
                .recoverWithUni(e -> running()
                        .chain(current -> Uni.createFrom()
                                .failure(new ProblemException(Problem.of(
                                        409,
                                        "SYNC_ALREADY_RUNNING",
                                        "A catalog sync is already running",
                                        current.map(r -> "sync " + r.id + " is running since " + r.startedAt)
                                                .orElse("a sync for this schedule already ran"))))))
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

    /** A run whose heartbeat stopped (its replica died) must not block every later run. */
    private Uni<Void> expireStale(Instant now) {
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createMutationQuery(
                                        "update SyncRunEntity set status = 'FAILED', finishedAt = :now where status = 'RUNNING' "
                                                + "and heartbeatAt < :limit")
                                .setParameter("now", now)
                                .setParameter("limit", now.minus(config.staleAfter()))
                                .executeUpdate()))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.warnf("%d stale sync run(s) marked FAILED", n);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Optional<SyncRunEntity>> running() {
        return Panache.withSession(() -> Panache.getSession()
                        .chain(s -> s.createSelectionQuery(
                                        "from SyncRunEntity where status = 'RUNNING'", SyncRunEntity.class)
                                .getResultList()))
                .map(list -> list.stream().findFirst());
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
