package io.gifticon.settlement.service;

import io.gifticon.settlement.config.SettlementConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** Rows of one table older than $1, at most $2 of them, that no other pruner holds. */
    static final Map<String, String> PRUNE = new LinkedHashMap<>();

    static {
        PRUNE.put(
                "processed_event",
                "delete from processed_event where event_id in (select event_id from "
                        + "processed_event where processed_at < $1 order by processed_at limit $2 for update skip locked)");
        PRUNE.put(
                "schedule_claim",
                "delete from schedule_claim where (job, slot) in (select job, slot from "
                        + "schedule_claim where claimed_at < $1 order by claimed_at limit $2 for update skip locked)");
        PRUNE.put(
                "reconciliation",
                "delete from reconciliation where id in (select id from reconciliation where "
                        + "requested_at < $1 and status <> 'PENDING' order by requested_at limit $2 for update skip locked)");
        // never the newest snapshot of a provider: it is the next reconciliation's baseline
        PRUNE.put(
                "balance_snapshot",
                "delete from balance_snapshot where id in (select s.id from balance_snapshot s "
                        + "where s.observed_at < $1 and exists (select 1 from balance_snapshot n where n.provider = s.provider "
                        + "and n.observed_at > s.observed_at) order by s.observed_at limit $2 for update skip locked)");
    }

    private final Pool database;
    private final SettlementConfig config;

    public RetentionService(Pool database, SettlementConfig config) {
        this.database = database;
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
        return prune(Instant.now())
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
                "processed_event",
                retention.processedEvents(),
                "schedule_claim",
                retention.scheduleClaims(),
                "reconciliation",
                retention.reconciliations(),
                "balance_snapshot",
                retention.reconciliations());
        Map<String, Long> deleted = new LinkedHashMap<>();
        Uni<Void> chain = failStuck(now.minus(retention.stuckReconciliation()))
                .invoke(n -> deleted.put("#stuck", n))
                .replaceWithVoid();
        for (String table : PRUNE.keySet()) {
            OffsetDateTime before = now.minus(ages.get(table)).atOffset(ZoneOffset.UTC);
            chain = chain.chain(() -> batches(PRUNE.get(table), before, 0, 0).invoke(n -> deleted.put(table, n)))
                    .replaceWithVoid();
        }
        return chain.map(ignored -> {
            long stuck = deleted.remove("#stuck");
            return new Pruned(deleted, stuck);
        });
    }

    private Uni<Long> batches(String sql, OffsetDateTime before, int done, long total) {
        int size = Math.max(1, config.retention().batchSize());
        return database.preparedQuery(sql).execute(Tuple.of(before, size)).chain(rows -> {
            long sum = total + rows.rowCount();
            return rows.rowCount() < size || done + 1 >= config.retention().maxBatches()
                    ? Uni.createFrom().item(sum)
                    : batches(sql, before, done + 1, sum);
        });
    }

    private Uni<Long> failStuck(Instant before) {
        return database.preparedQuery("update reconciliation set status = 'FAILED', completed_at = now(), "
                        + "error = 'interrupted: no outcome was recorded (the service or the database went away)' "
                        + "where status = 'PENDING' and requested_at < $1")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC)))
                .map(rows -> (long) rows.rowCount());
    }
}
