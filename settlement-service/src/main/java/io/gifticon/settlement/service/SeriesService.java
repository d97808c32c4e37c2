package io.gifticon.settlement.service;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.repository.SeriesRepository;
import io.smallrye.mutiny.Uni;
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

    private final SeriesRepository series;
    private final SettlementConfig config;

    public SeriesService(SeriesRepository series, SettlementConfig config) {
        this.series = series;
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
        return series.costPerDay(start, end, zone)
                .invoke(rows -> rows.forEach(r -> put(cost, providers, r)))
                .chain(() -> series.redemptionsPerDay(start, end, zone))
                .invoke(rows -> rows.forEach(r -> put(redemptions, providers, r)))
                .chain(() -> series.drifts(start, end, MAX_RECONCILIATIONS))
                .invoke(rows -> rows.forEach(r -> {
                    providers.add(r.provider());
                    drift.add(new DriftPoint(r.id(), r.provider(), r.at(), r.status(), r.drift()));
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

    private static void put(
            Map<LocalDate, Map<String, Long>> into, TreeSet<String> providers, SeriesRepository.DayValue v) {
        providers.add(v.provider());
        into.computeIfAbsent(v.day(), k -> new TreeMap<>()).put(v.provider(), v.value());
    }
}
