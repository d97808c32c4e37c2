package io.gifticon.settlement.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Makes a scheduled job run once per slot although every replica fires it: the replica whose insert of
 * (job, slot) succeeds runs the job, the others skip it.
 */
@ApplicationScoped
public class ScheduleClaims {
    private final Pool database;

    public ScheduleClaims(Pool database) {
        this.database = database;
    }

    /** True for exactly one caller per (job, slot), across all replicas. */
    public Uni<Boolean> claim(String job, String slot) {
        return database.withConnection(conn -> claim(conn, job, slot));
    }

    /** The same on the caller's connection, so that the claim commits (or not) with the job's own writes. */
    public static Uni<Boolean> claim(SqlConnection conn, String job, String slot) {
        return conn.preparedQuery("insert into schedule_claim (job, slot, claimed_at) values ($1, $2, $3) "
                        + "on conflict do nothing returning job")
                .execute(Tuple.of(job, slot, OffsetDateTime.now(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * The slot of an interval job: the number of the interval window {@code now} falls in, the same on every
     * replica whatever its start time.
     */
    public static String windowOf(Instant now, Duration every) {
        long seconds = Math.max(1, every.getSeconds());
        return Long.toString(now.getEpochSecond() / seconds);
    }
}
