package io.gifticon.settlement.service;

import io.gifticon.settlement.config.SettlementConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Day-by-day series for the charts page: cost per provider, redemptions, and the drift of each reconciliation. */
@ApplicationScoped
public class SeriesService {
    /** Reconciliations listed at most (every 10 minutes, 30 days ≈ 4,320 per provider). */
    static final int MAX_RECONCILIATIONS = 10_000;

    private final Pool database;
    private final SettlementConfig config;

    public SeriesService(Pool database, SettlementConfig config) {
        this.database = database;
        this.config = config;
    }

    /**
     * One business day: {@code cost} = what issues debited minus what cancels credited back, per provider (won, same
     * rule as the daily report's netCost); {@code redemptions} = coupons redeemed that day, per provider.
     */
    public record Day(LocalDate date, Map<String, Long> cost, Map<String, Long> redemptions) {}

    /** A completed reconciliation that compared (not a baseline): drift = observed − expected, won. */
    public record DriftPoint(String id, String provider, Instant at, String status, long drift) {}

    public record Series(
            LocalDate from,
            LocalDate to,
            String zone,
            List<String> providers,
            List<Day> days,
            List<DriftPoint> reconciliations) {}

    /** {@code from} and {@code to} inclusive, business days in the configured zone. */
    public Uni<Series> series(LocalDate from, LocalDate to) {
        OffsetDateTime start =
                from.atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end =
                to.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        String zone = config.zone().getId();
        Map<LocalDate, Map<String, Long>> cost = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> redemptions = new TreeMap<>();
        TreeSet<String> providers = new TreeSet<>();
        List<DriftPoint> drift = new ArrayList<>();
        Tuple window = Tuple.of(start, end, zone);
        return database.preparedQuery("select (occurred_at at time zone $3)::date, provider, -sum(amount) "
                        + "from ledger_entry where occurred_at >= $1 and occurred_at < $2 group by 1, 2")
                .execute(window)
                .invoke(rows -> rows.forEach(r -> put(cost, providers, r)))
                .chain(() -> database.preparedQuery("select (redeemed_at at time zone $3)::date, provider, count(*) "
                                + "from ledger_coupon where redeemed_at >= $1 and redeemed_at < $2 group by 1, 2")
                        .execute(window))
                .invoke(rows -> rows.forEach(r -> put(redemptions, providers, r)))
                .chain(() -> database.preparedQuery(
                                "select id, provider, completed_at, status, drift from reconciliation "
                                        + "where completed_at >= $1 and completed_at < $2 and drift is not null "
                                        + "order by completed_at, id limit " + MAX_RECONCILIATIONS)
                        .execute(Tuple.of(start, end)))
                .invoke(rows -> rows.forEach(r -> {
                    providers.add(r.getString(1));
                    drift.add(new DriftPoint(
                            r.getUUID(0).toString(),
                            r.getString(1),
                            r.getOffsetDateTime(2).toInstant(),
                            r.getString(3),
                            r.getLong(4)));
                }))
                .map(ignored -> {
                    List<Day> days = new ArrayList<>();
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        Map<String, Long> c = new TreeMap<>();
                        Map<String, Long> r = new TreeMap<>();
                        for (String p : providers) {
                            c.put(p, cost.getOrDefault(d, Map.of()).getOrDefault(p, 0L));
                            r.put(p, redemptions.getOrDefault(d, Map.of()).getOrDefault(p, 0L));
                        }
                        days.add(new Day(d, c, r));
                    }
                    return new Series(from, to, zone, List.copyOf(providers), days, drift);
                });
    }

    private static void put(Map<LocalDate, Map<String, Long>> into, TreeSet<String> providers, Row r) {
        String provider = r.getString(1);
        providers.add(provider);
        into.computeIfAbsent(r.getLocalDate(0), k -> new TreeMap<>()).put(provider, r.getLong(2));
    }
}
