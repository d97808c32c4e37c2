package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogRetentionConfig;
import io.gifticon.catalog.repository.RetentionRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * Deletes rows of processed work after their configured age (catalog.retention.*): oldest first, in batches of
 * {@code batch-size} rows, at most {@code max-batches} per table and round ({@link RetentionRepository}: safe with
 * several replicas at once). Products, brands and popularity counts are never pruned.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    private final RetentionRepository rows;
    private final CatalogRetentionConfig config;
    private final Clock clock;

    public RetentionService(RetentionRepository rows, CatalogRetentionConfig config, Clock clock) {
        this.clock = clock;
        this.rows = rows;
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
        return prune(clock.instant())
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
        return batches(rows::deleteConsumedEvents, now.minus(config.consumedEvents()), 0, 0)
                .invoke(n -> deleted.put("consumed_event", n))
                .chain(() -> batches(rows::deleteSyncRuns, now.minus(config.syncRuns()), 0, 0))
                .invoke(n -> deleted.put("sync_run", n))
                .map(ignored -> deleted);
    }

    private Uni<Long> batches(BiFunction<Instant, Integer, Uni<Integer>> batch, Instant before, int done, long total) {
        int size = Math.max(1, config.batchSize());
        return batch.apply(before, size).chain(deleted -> {
            long sum = total + deleted;
            return deleted < size || done + 1 >= config.maxBatches()
                    ? Uni.createFrom().item(sum)
                    : batches(batch, before, done + 1, sum);
        });
    }
}
