package io.gifticon.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Starting a sync run, the one place where runs compete: a RUNNING row and its PENDING provider rows are written by
 * one statement (one implicit transaction, no ORM session), so two starts at once cannot interleave; the second
 * fails on the partial unique index {@code sync_run_one_running_uk} (or on {@code schedule_key}) with SQL state
 * 23505.
 */
@ApplicationScoped
public class SyncRunStarts {
    private static final String INSERT_RUNNING = """
            with run as (
                insert into sync_run (id, trigger, requested, status, schedule_key, started_at, heartbeat_at)
                values ($1, $2, $3, 'RUNNING', $4, $5, $5)
                returning id)
            insert into sync_provider (run_id, provider, status)
            select run.id, p.provider, 'PENDING' from run, unnest($6::varchar[]) as p(provider)
            """;

    private final Pool database;

    public SyncRunStarts(Pool database) {
        this.database = database;
    }

    /** Records a RUNNING run with one PENDING row per provider; fails with SQL state 23505 if a run is going on. */
    public Uni<Void> insertRunning(
            UUID id, String trigger, String requested, String scheduleKey, Instant now, List<String> providers) {
        return database.preparedQuery(INSERT_RUNNING)
                .execute(Tuple.of(id, trigger, requested, scheduleKey, utc(now), providers.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** Marks FAILED every RUNNING run whose heartbeat is older than {@code limit} (its replica died). */
    public Uni<Integer> expireStale(Instant now, Instant limit) {
        return database.preparedQuery("update sync_run set status = 'FAILED', finished_at = $1"
                        + " where status = 'RUNNING' and heartbeat_at < $2")
                .execute(Tuple.of(utc(now), utc(limit)))
                .map(rows -> rows.rowCount());
    }

    /** The run going on, if any. */
    public Uni<Optional<Running>> running() {
        return database.preparedQuery("select id, started_at from sync_run where status = 'RUNNING' limit 1")
                .execute()
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return Optional.empty();
                    }
                    Row row = it.next();
                    return Optional.of(new Running(
                            row.getUUID("id"),
                            row.getOffsetDateTime("started_at").toInstant()));
                });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A RUNNING run: its id and start. */
    public record Running(UUID id, Instant startedAt) {}
}
