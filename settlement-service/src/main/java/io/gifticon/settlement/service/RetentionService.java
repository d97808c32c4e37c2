package io.gifticon.settlement.service;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.repository.RetentionRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Deletes rows of processed work after their configured age (settlement.retention.*): oldest first, in batches of
 * {@code batch-size} rows, one short statement each. Safe with several replicas at once: a batch takes only rows no
 * other transaction holds ({@code for update skip locked}), so two pruners never wait on or delete for each other.
 * Money is never deleted. Also marks reconciliations left PENDING (a replica or the database went away) FAILED.
 */
@ApplicationScoped
public class RetentionService {
    private final java.time.Clock clock;

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionRepository tables;
    private final SettlementConfig config;

    public RetentionService(RetentionRepository tables, SettlementConfig config, java.time.Clock clock) {
        this.clock = clock;
        this.tables = tables;
        this.config = config;
    }

    /** Rows deleted per table in one run. */
    public record Pruned(Map<String, Long> deleted, long stuckReconciliationsFailed) {}

    @Scheduled(
            every = "${settlement.retention.every:1h}",
            delayed = "${settlement.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // a failure (the database away) is logged by the scheduler; the next run starts over
        return prune(clock.instant())
                .invoke(p -> {
                    if (p.deleted().values().stream().anyMatch(n -> n > 0) || p.stuckReconciliationsFailed() > 0) {
                        LOG.infof("retention: %s", p);
                    }
                })
                .replaceWithVoid();
    }

    /** Prunes every table as of {@code now}. */
    public Uni<Pruned> prune(Instant now) {
        var retention = config.retention();
        Map<String, Duration> ages = Map.of(
                RetentionRepository.PROCESSED_EVENT,
                retention.processedEvents(),
                RetentionRepository.SCHEDULE_CLAIM,
                retention.scheduleClaims(),
                RetentionRepository.RECONCILIATION,
                retention.reconciliations(),
                RetentionRepository.BALANCE_SNAPSHOT,
                retention.reconciliations());
        Map<String, Long> deleted = new LinkedHashMap<>();
        Uni<Void> chain = tables.failPendingReconciliations(now.minus(retention.stuckReconciliation()))
                .invoke(n -> deleted.put("#stuck", n))
                .replaceWithVoid();
        for (String table : RetentionRepository.tables()) {
            Instant before = now.minus(ages.get(table));
            chain = chain.chain(() -> batches(table, before, 0, 0).invoke(n -> deleted.put(table, n)))
                    .replaceWithVoid();
        }
        return chain.map(ignored -> {
            long stuck = deleted.remove("#stuck");
            return new Pruned(deleted, stuck);
        });
    }

    private Uni<Long> batches(String table, Instant before, int done, long total) {
        int size = Math.max(1, config.retention().batchSize());
        return tables.pruneBatch(table, before, size).chain(deleted -> {
            long sum = total + deleted;
            return deleted < size || done + 1 >= config.retention().maxBatches()
                    ? Uni.createFrom().item(sum)
                    : batches(table, before, done + 1, sum);
        });
    }
}
