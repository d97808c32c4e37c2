package io.gifticon.settlement.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pruning of processed work, one batch per statement: a batch takes only rows no other transaction holds
 * ({@code for update skip locked}), so two pruners never wait on or delete for each other. Money is never deleted.
 */
@ApplicationScoped
public class RetentionRepository {
    public static final String PROCESSED_EVENT = "processed_event";
    public static final String SCHEDULE_CLAIM = "schedule_claim";
    public static final String RECONCILIATION = "reconciliation";
    public static final String BALANCE_SNAPSHOT = "balance_snapshot";

    /** Rows of one table older than $1, at most $2 of them, that no other pruner holds. */
    private static final Map<String, String> PRUNE = new LinkedHashMap<>();

    static {
        PRUNE.put(
                PROCESSED_EVENT,
                "delete from processed_event where event_id in (select event_id from "
                        + "processed_event where processed_at < $1 order by processed_at limit $2 for update skip locked)");
        PRUNE.put(
                SCHEDULE_CLAIM,
                "delete from schedule_claim where (job, slot) in (select job, slot from "
                        + "schedule_claim where claimed_at < $1 order by claimed_at limit $2 for update skip locked)");
        PRUNE.put(
                RECONCILIATION,
                "delete from reconciliation where id in (select id from reconciliation where "
                        + "requested_at < $1 and status <> 'PENDING' order by requested_at limit $2 for update skip locked)");
        // never the newest snapshot of a provider: it is the next reconciliation's baseline
        PRUNE.put(
                BALANCE_SNAPSHOT,
                "delete from balance_snapshot where id in (select s.id from balance_snapshot s "
                        + "where s.observed_at < $1 and exists (select 1 from balance_snapshot n where n.provider = s.provider "
                        + "and n.observed_at > s.observed_at) order by s.observed_at limit $2 for update skip locked)");
    }

    private final Pool database;

    public RetentionRepository(Pool database) {
        this.database = database;
    }

    /** The tables pruned, in the order they are pruned. */
    public static List<String> tables() {
        return List.copyOf(PRUNE.keySet());
    }

    /** Deletes at most {@code size} rows of {@code table} older than {@code before}; the number deleted. */
    public Uni<Integer> pruneBatch(String table, Instant before, int size) {
        return database.preparedQuery(PRUNE.get(table))
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), size))
                .map(rows -> rows.rowCount());
    }

    /** Marks reconciliations still PENDING since before {@code before} FAILED; the number marked. */
    public Uni<Long> failPendingReconciliations(Instant before) {
        return database.preparedQuery("update reconciliation set status = 'FAILED', completed_at = now(), "
                        + "error = 'interrupted: no outcome was recorded (the service or the database went away)' "
                        + "where status = 'PENDING' and requested_at < $1")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC)))
                .map(rows -> (long) rows.rowCount());
    }
}
