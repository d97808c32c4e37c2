package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogRetentionConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Deletes rows of processed work after their configured age (catalog.retention.*): oldest first, in batches of
 * {@code batch-size} rows, one short statement each. Safe with several replicas at once: a batch takes only rows no
 * other transaction holds ({@code for update skip locked}). Products, brands and popularity counts are never pruned.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    static final String CONSUMED_EVENTS = "delete from consumed_event where event_id in (select event_id from "
            + "consumed_event where consumed_at < $1 order by consumed_at limit $2 for update skip locked)";
    // a run and its provider rows in one statement (sync_provider refers to sync_run); finished runs only
    static final String SYNC_RUNS = """
            with old as (select id from sync_run where finished_at < $1 and status <> 'RUNNING'
                         order by finished_at limit $2 for update skip locked),
            providers as (delete from sync_provider where run_id in (select id from old))
            delete from sync_run where id in (select id from old)""";

    private final Pool database;
    private final CatalogRetentionConfig config;

    public RetentionService(Pool database, CatalogRetentionConfig config) {
        this.database = database;
        this.config = config;
    }

    @Scheduled(
            identity = "catalog-retention",
            every = "${catalog.retention.every:1h}",
            delayed = "${catalog.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // a failure (the database away) is logged by the scheduler; the next run starts over
        return prune(Instant.now())
                .invoke(deleted -> {
                    if (deleted.values().stream().anyMatch(n -> n > 0)) {
                        LOG.infof("retention: deleted %s", deleted);
                    }
                })
                .replaceWithVoid();
    }

    /** Prunes every table as of {@code now}; rows deleted per table. */
    public Uni<Map<String, Long>> prune(Instant now) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        return batches(CONSUMED_EVENTS, now.minus(config.consumedEvents()).atOffset(ZoneOffset.UTC), 0, 0)
                .invoke(n -> deleted.put("consumed_event", n))
                .chain(() -> batches(SYNC_RUNS, now.minus(config.syncRuns()).atOffset(ZoneOffset.UTC), 0, 0))
                .invoke(n -> deleted.put("sync_run", n))
                .map(ignored -> deleted);
    }

    private Uni<Long> batches(String sql, OffsetDateTime before, int done, long total) {
        int size = Math.max(1, config.batchSize());
        return database.preparedQuery(sql).execute(Tuple.of(before, size)).chain(rows -> {
            long sum = total + rows.rowCount();
            return rows.rowCount() < size || done + 1 >= config.maxBatches()
                    ? Uni.createFrom().item(sum)
                    : batches(sql, before, done + 1, sum);
        });
    }
}
