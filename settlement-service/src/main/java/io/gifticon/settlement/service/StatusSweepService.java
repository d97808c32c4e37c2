package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.spi.CouponIssuer;
import io.gifticon.providers.spi.CouponRef;
import io.gifticon.providers.spi.CouponState;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.ScheduleClaims;
import io.gifticon.settlement.repository.StatusSweepRepository;
import io.gifticon.settlement.repository.StatusSweepRepository.Outstanding;
import io.gifticon.settlement.repository.StatusSweepRepository.Settled;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Status sweep for a provider without an exchange log (Giftishow): asks coupon detail (0201) about each coupon the
 * ledger still holds as ISSUED, never-checked and longest-unchecked first, at a bounded pace, and turns what the
 * provider says into the same facts as the exchange log: exchanged → {@code coupon.redeemed}, expired →
 * {@code coupon.expired}, cancelled at the provider while we hold it issued → discrepancy. Each fact is written with
 * the coupon's state change in one transaction, conditioned on the coupon still being ISSUED: once per coupon.
 */
@ApplicationScoped
public class StatusSweepService {
    private final java.time.Clock clock;

    private static final Logger LOG = Logger.getLogger(StatusSweepService.class);
    public static final String PROVIDER = "giftishow";
    public static final String CANCELLED_AT_PROVIDER = "CANCELLED_AT_PROVIDER";

    private final Pool database;
    private final StatusSweepRepository coupons;
    private final ProviderCapabilities providers;
    private final SettlementConfig config;
    private final ScheduleClaims claims;
    private final OutboxRelay relay;

    public StatusSweepService(
            Pool database,
            StatusSweepRepository coupons,
            ProviderCapabilities providers,
            SettlementConfig config,
            ScheduleClaims claims,
            OutboxRelay relay,
            java.time.Clock clock) {
        this.clock = clock;
        this.database = database;
        this.coupons = coupons;
        this.providers = providers;
        this.config = config;
        this.claims = claims;
        this.relay = relay;
    }

    /** What one coupon's look-up came to. */
    public enum Outcome {
        STILL_ISSUED,
        REDEEMED,
        EXPIRED,
        CANCELLED_AT_PROVIDER,
        OTHER_STATUS,
        NOT_FOUND,
        FAILED,
        /** Not looked up: the request's time budget ran out first (it stays first in line for the next sweep). */
        NOT_CHECKED
    }

    /** Outcome of one sweep run; counts per outcome. */
    public record SweepSummary(
            String provider,
            int checked,
            int stillIssued,
            int redeemed,
            int expired,
            int cancelledAtProvider,
            int otherStatus,
            int notFound,
            int failed,
            int notChecked) {
        static SweepSummary of(List<Outcome> outcomes) {
            Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
            outcomes.forEach(o -> n.merge(o, 1, Integer::sum));
            int notChecked = n.getOrDefault(Outcome.NOT_CHECKED, 0);
            return new SweepSummary(
                    PROVIDER,
                    outcomes.size() - notChecked,
                    n.getOrDefault(Outcome.STILL_ISSUED, 0),
                    n.getOrDefault(Outcome.REDEEMED, 0),
                    n.getOrDefault(Outcome.EXPIRED, 0),
                    n.getOrDefault(Outcome.CANCELLED_AT_PROVIDER, 0),
                    n.getOrDefault(Outcome.OTHER_STATUS, 0),
                    n.getOrDefault(Outcome.NOT_FOUND, 0),
                    n.getOrDefault(Outcome.FAILED, 0),
                    notChecked);
        }
    }

    @Scheduled(
            every = "${settlement.sweep.every:1h}",
            delayed = "${settlement.sweep.delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // every replica fires; one per interval window sweeps
        String window = ScheduleClaims.windowOf(
                clock.instant(), ReconciliationService.interval(config.sweep().every()));
        return claims.claim("status-sweep", window)
                .chain(mine -> !mine
                        ? Uni.createFrom().voidItem()
                        : sweep(config.sweep().batchSize(), null)
                                .invoke(s -> LOG.infof("status sweep: %s", s))
                                .replaceWithVoid());
    }

    public int defaultBatch() {
        return config.sweep().batchSize();
    }

    /** A sweep asked for over HTTP: at most {@code limit} coupons, within {@code settlement.sweep.request-budget}. */
    public Uni<SweepSummary> sweepNow(int limit) {
        return sweep(limit, config.sweep().requestBudget());
    }

    /**
     * Looks up at most {@code limit} outstanding coupons, oldest-checked first; resumable by construction. With a
     * {@code budget}, no look-up starts after it has run out (those coupons count as not checked).
     */
    public Uni<SweepSummary> sweep(int limit, Duration budget) {
        Duration gap = Duration.ofNanos(
                (long) (1_000_000_000L / Math.max(0.001, config.sweep().ratePerSecond())));
        long started = System.nanoTime();
        long deadline = budget == null ? Long.MAX_VALUE : started + budget.toNanos();
        AtomicLong nextStart = new AtomicLong(started);
        return coupons.outstanding(PROVIDER, limit)
                .onItem()
                .transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem()
                .transformToUni(c -> nextStart.get() >= deadline
                        ? Uni.createFrom().item(Outcome.NOT_CHECKED)
                        : paced(nextStart, gap).chain(() -> check(c)))
                .merge(Math.max(1, config.sweep().concurrency()))
                .collect()
                .asList()
                .map(SweepSummary::of)
                .invoke(relay::wakeUp);
    }

    /** Waits for this look-up's start slot: slots are {@code gap} apart whatever the concurrency. */
    private static Uni<Void> paced(AtomicLong nextStart, Duration gap) {
        long now = System.nanoTime();
        long slot = nextStart.getAndUpdate(s -> Math.max(s, now) + gap.toNanos());
        long wait = Math.max(0, slot - now);
        // Vert.x timers refuse a delay below 1 ms (that was a 500 on the sweep endpoint): start at once instead
        return wait < 1_000_000
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(wait / 1_000_000));
    }

    private Uni<Outcome> check(Outstanding c) {
        CouponIssuer issuer = providers
                .issuer(PROVIDER)
                .orElseThrow(() -> new IllegalStateException("no coupon issuer for " + PROVIDER));
        return Uni.createFrom()
                .deferred(() -> issuer.status(CouponRef.byTransaction(c.providerTransactionId())))
                .chain(status -> database.withTransaction(conn -> apply(conn, c, status)))
                .onFailure()
                .recoverWithUni(failure -> {
                    boolean unknown =
                            failure instanceof ProviderException p && p.error().code() == ErrorCode.NOT_FOUND;
                    // tr_id only: the reply never carries a PIN, but keep the log to what identifies the coupon
                    LOG.warnf(
                            "status sweep: coupon %s (tr_id %s): %s",
                            c.couponId(), c.providerTransactionId(), failure.toString());
                    // checked all the same, so one coupon that keeps failing does not hold the head of the queue
                    return touch(c, null).replaceWith(unknown ? Outcome.NOT_FOUND : Outcome.FAILED);
                });
    }

    private Uni<Outcome> apply(SqlConnection conn, Outstanding c, CouponState status) {
        Instant now = clock.instant();
        LocalDateTime seoulNow = LocalDateTime.ofInstant(now, config.zone());
        // giftishow-biz-api.txt §5.5 핀상태 코드: 01 발행, 02 교환(사용완료), 07 구매취소(폐기), 08 기간만료
        if (status.state() == CouponState.State.REDEEMED) {
            // 0201 gives no exchange time (only correcDtm, a date the client does not expose): the sweep's own look
            return StatusSweepRepository.settle(conn, c.couponId(), Settled.REDEEMED, now, status.providerStatus())
                    .chain(mine -> !mine
                            ? Uni.createFrom().item(Outcome.STILL_ISSUED)
                            : SettlementEvents.insert(
                                            conn,
                                            SettlementEventType.COUPON_REDEEMED,
                                            c.couponId(),
                                            new SettlementEventData.CouponRedeemed(
                                                    c.couponId(), PROVIDER, seoulNow.toLocalDate(), seoulNow, null),
                                            now)
                                    .replaceWith(Outcome.REDEEMED));
        }
        if (status.state() == CouponState.State.EXPIRED) {
            LocalDateTime expiredAt = expiry(status.validUntil(), seoulNow);
            Instant at = expiredAt.atZone(config.zone()).toInstant();
            return StatusSweepRepository.settle(conn, c.couponId(), Settled.EXPIRED, at, status.providerStatus())
                    .chain(mine -> !mine
                            ? Uni.createFrom().item(Outcome.STILL_ISSUED)
                            : SettlementEvents.insert(
                                            conn,
                                            SettlementEventType.COUPON_EXPIRED,
                                            c.couponId(),
                                            new SettlementEventData.CouponExpired(
                                                    c.couponId(), PROVIDER, expiredAt.toLocalDate(), expiredAt),
                                            now)
                                    .replaceWith(Outcome.EXPIRED));
        }
        if (status.state() == CouponState.State.CANCELLED) {
            return cancelledAtProvider(conn, c, now);
        }
        return StatusSweepRepository.touch(conn, c.couponId(), status.providerStatus())
                .replaceWith(status.state() == CouponState.State.ISSUED ? Outcome.STILL_ISSUED : Outcome.OTHER_STATUS);
    }

    /**
     * Cancelled at the provider, issued here. The first sighting is only noted: the coupon.cancelled of a cancel we
     * made ourselves may still be on its way. Seen again on a later sweep (still ISSUED here), it is a discrepancy:
     * the provider credited bizmoney back that our ledger does not know about.
     */
    private Uni<Outcome> cancelledAtProvider(SqlConnection conn, Outstanding c, Instant now) {
        return StatusSweepRepository.lockIssued(conn, c.couponId()).chain(held -> {
            if (held.isEmpty()) {
                return Uni.createFrom().item(Outcome.STILL_ISSUED); // changed meanwhile
            }
            boolean seenBefore = "07".equals(held.get().code());
            Uni<Void> touched = StatusSweepRepository.touch(conn, c.couponId(), "07");
            if (!seenBefore) {
                return touched.replaceWith(Outcome.CANCELLED_AT_PROVIDER);
            }
            return touched.chain(() -> openDiscrepancy(conn, c, now)).replaceWith(Outcome.CANCELLED_AT_PROVIDER);
        });
    }

    private static Uni<Void> openDiscrepancy(SqlConnection conn, Outstanding c, Instant now) {
        String detail = "coupon " + c.couponId() + " (tr_id " + c.providerTransactionId()
                + ") is cancelled at giftishow (0201 " + "pinStatusCd 07) but issued in our ledger";
        return StatusSweepRepository.openDiscrepancy(
                        conn, PROVIDER, CANCELLED_AT_PROVIDER, c.couponId(), c.cost(), detail, now)
                .chain(id -> id == null
                        ? Uni.createFrom().voidItem()
                        : SettlementEvents.insert(
                                conn,
                                SettlementEventType.DISCREPANCY_DETECTED,
                                "discrepancy:" + id,
                                new SettlementEventData.DiscrepancyDetected(
                                        id, PROVIDER, CANCELLED_AT_PROVIDER, c.couponId(), c.cost(), detail, now),
                                now));
    }

    private Uni<Void> touch(Outstanding c, String pinStatus) {
        return coupons.touch(c.couponId(), pinStatus).onFailure().recoverWithNull();
    }

    /** validPrdEndDt ({@code yyyyMMddHHmmss}, provider local time) when readable and past, else now. */
    /** When the coupon expired: the end of its validity if the provider gave a past one, else when the sweep saw it. */
    static LocalDateTime expiry(LocalDateTime validUntil, LocalDateTime now) {
        return validUntil == null || validUntil.isAfter(now) ? now : validUntil;
    }
}
