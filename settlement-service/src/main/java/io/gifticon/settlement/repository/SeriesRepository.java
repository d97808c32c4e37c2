package io.gifticon.settlement.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Day-by-day aggregates for the charts (business days in {@code zone}, over {@code [start, end)}). */
@ApplicationScoped
public class SeriesRepository {
    private final Pool database;

    public SeriesRepository(Pool database) {
        this.database = database;
    }

    /** A provider's figure of one business day. */
    public record DayValue(LocalDate day, String provider, long value) {}

    /** A completed reconciliation that compared: drift = observed − expected, won. */
    public record Drift(String id, String provider, Instant at, String status, long drift) {}

    /** What issues debited minus what cancels credited back, per provider and day (won). */
    public Uni<List<DayValue>> costPerDay(OffsetDateTime start, OffsetDateTime end, String zone) {
        return database.preparedQuery("select (occurred_at at time zone $3)::date, provider, -sum(amount) "
                        + "from ledger_entry where occurred_at >= $1 and occurred_at < $2 group by 1, 2")
                .execute(Tuple.of(start, end, zone))
                .map(SeriesRepository::dayValues);
    }

    /** Coupons redeemed, per provider and day. */
    public Uni<List<DayValue>> redemptionsPerDay(OffsetDateTime start, OffsetDateTime end, String zone) {
        return database.preparedQuery("select (redeemed_at at time zone $3)::date, provider, count(*) "
                        + "from ledger_coupon where redeemed_at >= $1 and redeemed_at < $2 group by 1, 2")
                .execute(Tuple.of(start, end, zone))
                .map(SeriesRepository::dayValues);
    }

    /** Reconciliations completed in the window that compared (not baselines), oldest first, at most {@code limit}. */
    public Uni<List<Drift>> drifts(OffsetDateTime start, OffsetDateTime end, int limit) {
        return database.preparedQuery("select id, provider, completed_at, status, drift from reconciliation "
                        + "where completed_at >= $1 and completed_at < $2 and drift is not null "
                        + "order by completed_at, id limit $3")
                .execute(Tuple.of(start, end, limit))
                .map(rows -> {
                    List<Drift> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new Drift(
                                r.getUUID(0).toString(),
                                r.getString(1),
                                r.getOffsetDateTime(2).toInstant(),
                                r.getString(3),
                                r.getLong(4)));
                    }
                    return list;
                });
    }

    private static List<DayValue> dayValues(RowSet<Row> rows) {
        List<DayValue> list = new ArrayList<>();
        for (Row r : rows) {
            list.add(new DayValue(r.getLocalDate(0), r.getString(1), r.getLong(2)));
        }
        return list;
    }
}
