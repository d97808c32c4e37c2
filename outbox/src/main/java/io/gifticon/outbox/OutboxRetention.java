package io.gifticon.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox events older than {@code outbox.retention.published-age} (default 7 days), in batches of
 * {@code outbox.retention.batch-size}, each its own short transaction, until none is left. Safe with several
 * replicas: each batch locks the rows it deletes with {@code SKIP LOCKED}, so two replicas delete different rows
 * (or one finds nothing) instead of waiting on each other. Unpublished events are never touched. Every service
 * using the outbox gets this by depending on the module; the keys tune it.
 */
@ApplicationScoped
public class OutboxRetention {
    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    private final OutboxConfig.Retention config;
    private final Vertx vertx;
    private final Clock clock = Clock.systemUTC();

    public OutboxRetention(OutboxConfig config, Vertx vertx) {
        this.config = config.retention();
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${outbox.retention.interval:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return pruneNow()
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof(
                                "outbox: %d published event(s) older than %s deleted", deleted, config.publishedAge());
                    }
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("outbox pruning failed (%s); next round in %s", failure.toString(), config.interval());
                    return 0L;
                })
                .replaceWithVoid();
    }

    /** Deletes every published event older than the configured age; the number deleted. */
    public Uni<Long> pruneNow() {
        return pruneOlderThan(clock.instant().minus(config.publishedAge()));
    }

    /** Deletes every event published before {@code cutoff}, batch by batch; the number deleted. From any thread. */
    public Uni<Long> pruneOlderThan(Instant cutoff) {
        return SafeContexts.run(vertx, () -> pruneFrom(cutoff.atOffset(ZoneOffset.UTC), 0L));
    }

    private Uni<Long> pruneFrom(OffsetDateTime cutoff, long deletedSoFar) {
        // oldest ids first: published rows are in id order, so the primary key walk stops after the batch
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("""
                delete from outbox_event where id in (
                    select id from outbox_event
                     where published_at is not null and published_at < :cutoff
                     order by id limit :batch
                     for update skip locked)""")
                                .setParameter("cutoff", cutoff)
                                .setParameter("batch", config.batchSize())
                                .executeUpdate()))
                .chain(deleted -> deleted < config.batchSize()
                        ? Uni.createFrom().item(deletedSoFar + deleted)
                        : pruneFrom(cutoff, deletedSoFar + deleted));
    }
}
