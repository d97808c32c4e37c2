package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.ReportRepository;
import io.gifticon.settlement.repository.ScheduleClaims;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The daily settlement report of one business day (Asia/Seoul): per provider, and the POS totals. */
@ApplicationScoped
public class ReportService {
    private final java.time.Clock clock;

    private final SettlementConfig config;
    private final OutboxRelay relay;

    private final Pool database;
    private final ReportRepository report;
    private final Counter outages;

    public ReportService(
            SettlementConfig config,
            OutboxRelay relay,
            Pool database,
            ReportRepository report,
            MeterRegistry metrics,
            java.time.Clock clock) {
        this.clock = clock;
        this.config = config;
        this.relay = relay;
        this.database = database;
        this.report = report;
        this.outages = Transients.counter(metrics, "settlement", "daily-job");
    }

    /** One provider's day; costs in won, netCost = issued cost − cancelled (credited) cost. */
    public record ProviderDay(
            String provider,
            long issuedCount,
            long issuedCost,
            long cancelledCount,
            long cancelledCost,
            long redeemedCount,
            long expiredCount,
            long outstanding,
            long netCost,
            long openDiscrepancies) {}

    /** POS totals of the day: only transactions that stand (confirmed, not cancelled) count in the amounts. */
    public record PosDay(
            long recorded,
            long confirmed,
            long cancelled,
            long pointsRedeemed,
            long pointsEarned,
            long couponDiscount,
            long prepaidAmount) {}

    public record DailyReport(LocalDate date, String zone, List<ProviderDay> providers, PosDay pos) {}

    /** report.ready for the day that just closed, shortly after midnight in the business time zone. */
    @Scheduled(
            cron = "${settlement.report.cron:0 5 0 * * ?}",
            timeZone = "Asia/Seoul",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> dayClosed() {
        return announceOnce(LocalDate.now(config.zone()).minusDays(1));
    }

    /**
     * report.ready of {@code day}, once across replicas: every replica fires, one announces. The claim and the event
     * commit together: a database outage at that moment leaves neither, and the attempt is repeated until the
     * database is back ({@code settlement.retries.daily-jobs}).
     */
    public Uni<Void> announceOnce(LocalDate day) {
        return Transients.retried(
                        () -> database.withTransaction(
                                conn -> ScheduleClaims.claim(conn, "report-ready", day.toString())
                                        .chain(mine -> mine
                                                ? announce(conn, day)
                                                : Uni.createFrom().voidItem())),
                        config.retries().dailyJobs(),
                        outages)
                .invoke(relay::wakeUp);
    }

    /** report.ready for {@code day}, now (an operator's or a test's call; the schedule announces each day once). */
    public Uni<Void> announce(LocalDate day) {
        return database.withTransaction(conn -> announce(conn, day)).invoke(relay::wakeUp);
    }

    private Uni<Void> announce(SqlConnection conn, LocalDate day) {
        String url = "/api/v1/settlement/reports/daily?date=" + day;
        return SettlementEvents.insert(
                conn,
                SettlementEventType.REPORT_READY,
                "report:" + day,
                new SettlementEventData.ReportReady(day, url, List.of("application/json", "text/csv")),
                clock.instant());
    }

    public Uni<DailyReport> daily(LocalDate day) {
        Instant from = day.atStartOfDay(config.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(config.zone()).toInstant();
        Map<String, long[]> rows = new TreeMap<>();
        // columns: 0 issuedCount 1 issuedCost 2 cancelledCount 3 cancelledCost 4 redeemed 5 expired 6 outstanding 7
        // open
        Function<String, long[]> row = p -> rows.computeIfAbsent(p, k -> new long[8]);
        return Panache.withSession(() -> report.entryTotals(from, to)
                        .invoke(totals -> totals.forEach(t -> {
                            long[] v = row.apply(t.provider());
                            boolean issue = LedgerService.ISSUE.equals(t.entryType());
                            v[issue ? 0 : 2] += t.count();
                            v[issue ? 1 : 3] += Math.abs(t.sum());
                        }))
                        .chain(() -> report.redeemed(from, to))
                        .invoke(counts -> counts.forEach(c -> row.apply(c.provider())[4] += c.count()))
                        .chain(() -> report.expired(from, to))
                        .invoke(counts -> counts.forEach(c -> row.apply(c.provider())[5] += c.count()))
                        .chain(() -> report.outstanding(from, to))
                        .invoke(counts -> counts.forEach(c -> row.apply(c.provider())[6] += c.count()))
                        .chain(() -> report.openDiscrepancies(from, to))
                        .invoke(counts -> counts.forEach(c -> row.apply(c.provider())[7] += c.count()))
                        .chain(() -> report.pos(from, to))
                        .map(p -> new PosDay(
                                p.recorded(),
                                p.confirmed(),
                                p.cancelled(),
                                p.pointsRedeemed(),
                                p.pointsEarned(),
                                p.couponDiscount(),
                                p.prepaidAmount())))
                .map(pos -> new DailyReport(
                        day,
                        config.zone().getId(),
                        rows.entrySet().stream()
                                .map(e -> {
                                    long[] v = e.getValue();
                                    return new ProviderDay(
                                            e.getKey(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[1] - v[3], v[7]);
                                })
                                .toList(),
                        pos));
    }

    /** The report as CSV: one line per provider, then one POS line. */
    public static String csv(DailyReport report) {
        StringBuilder out = new StringBuilder("date,provider,issued_count,issued_cost,cancelled_count,cancelled_cost,"
                + "redeemed_count,expired_count,outstanding,net_cost,open_discrepancies,pos_recorded,pos_confirmed,"
                + "pos_cancelled,pos_points_redeemed,pos_points_earned,pos_coupon_discount,pos_prepaid_amount\r\n");
        for (ProviderDay p : report.providers()) {
            out.append(report.date())
                    .append(',')
                    .append(p.provider())
                    .append(',')
                    .append(p.issuedCount())
                    .append(',')
                    .append(p.issuedCost())
                    .append(',')
                    .append(p.cancelledCount())
                    .append(',')
                    .append(p.cancelledCost())
                    .append(',')
                    .append(p.redeemedCount())
                    .append(',')
                    .append(p.expiredCount())
                    .append(',')
                    .append(p.outstanding())
                    .append(',')
                    .append(p.netCost())
                    .append(',')
                    .append(p.openDiscrepancies())
                    .append(",,,,,,,\r\n");
        }
        PosDay pos = report.pos();
        out.append(report.date())
                .append(",pos,,,,,,,,,,")
                .append(pos.recorded())
                .append(',')
                .append(pos.confirmed())
                .append(',')
                .append(pos.cancelled())
                .append(',')
                .append(pos.pointsRedeemed())
                .append(',')
                .append(pos.pointsEarned())
                .append(',')
                .append(pos.couponDiscount())
                .append(',')
                .append(pos.prepaidAmount())
                .append("\r\n");
        return out.toString();
    }
}
