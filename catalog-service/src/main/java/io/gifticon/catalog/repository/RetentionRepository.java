package io.gifticon.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deleting processed work in batches, on the reactive client: oldest first, one short statement per batch, taking
 * only rows no other transaction holds ({@code for update skip locked}), so several replicas may prune at once.
 */
@ApplicationScoped
public class RetentionRepository {
    static final String CONSUMED_EVENTS = "delete from consumed_event where event_id in (select event_id from "
            + "consumed_event where consumed_at < $1 order by consumed_at limit $2 for update skip locked)";
    // a run and its provider rows in one statement (sync_provider refers to sync_run); finished runs only
    static final String SYNC_RUNS = """
            with old as (select id from sync_run where finished_at < $1 and status <> 'RUNNING'
                         order by finished_at limit $2 for update skip locked),
            providers as (delete from sync_provider where run_id in (select id from old))
            delete from sync_run where id in (select id from old)""";

    private final Pool database;

    public RetentionRepository(Pool database) {
        this.database = database;
    }

    /** Deletes at most {@code limit} consumed-event ids older than {@code before}; the number deleted. */
    public Uni<Integer> deleteConsumedEvents(Instant before, int limit) {
        return delete(CONSUMED_EVENTS, before, limit);
    }

    /** Deletes at most {@code limit} finished runs (with their provider rows) older than {@code before}. */
    public Uni<Integer> deleteSyncRuns(Instant before, int limit) {
        return delete(SYNC_RUNS, before, limit);
    }

    private Uni<Integer> delete(String sql, Instant before, int limit) {
        return database.preparedQuery(sql)
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> rows.rowCount());
    }
}
