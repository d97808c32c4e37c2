package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.repository.ReconcilerRepository;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.outbox.SafeContexts;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.Outages;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Leaves no coupon in doubt, at the provider's own pace. A send that got no readable answer (UNKNOWN), a send whose
 * answer was never recorded because the service stopped mid-call (ISSUING for too long), and a client's cancel
 * left without an answer (CANCELLING) are resolved by the cancel with the same tr_id that giftishow-biz-api.txt §8
 * asks for right after the timeout.
 *
 * <p>The work drains continuously: a send that ends UNKNOWN wakes the resolver at once, which takes the next due
 * coupon, cancels it, records the answer and takes the next, one cancel at a time and waiting for each reply (§6
 * "한 건씩"), until none is due. Per provider account one instance drains, across replicas: it holds a lease row
 * ({@code reconciler_lease}) renewed before every coupon; a replica that stops lets the lease run out and another
 * takes over. Nothing is claimed per coupon, so a database restart or a crash mid-cancel leaves no stuck claim:
 * the coupon is simply due again, and a repeated cancel answers "already cancelled". A round on a timer
 * ({@code interval}) is only the safety net (ISSUING left by a stopped instance, backoffs that ended, a wake-up
 * lost to an outage).
 */
@ApplicationScoped
public class UnknownCouponReconciler {
    private static final Logger LOG = Logger.getLogger(UnknownCouponReconciler.class);

    private final ReconcilerRepository coupons;
    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;
    private final UnknownBacklog backlog;
    private final IssuanceConfig.Reconciler config;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    /** Accounts resolved by cancelling: every provider that issues (COUFUN issues nothing). */
    private final List<String> accounts;

    private final Clock clock;
    private final String holder = "issuance-" + UUID.randomUUID();
    private final Set<String> draining = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> wakeRequested = new ConcurrentHashMap<>();
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final Map<String, Instant> leaseTakenAt = new ConcurrentHashMap<>();

    public UnknownCouponReconciler(
            ReconcilerRepository coupons,
            CouponLedger ledger,
            ProviderRouter providers,
            OutboxRelay relay,
            UnknownBacklog backlog,
            IssuanceConfig config,
            Vertx vertx,
            MeterRegistry metrics,
            Clock clock) {
        this.clock = clock;
        this.coupons = coupons;
        this.ledger = ledger;
        this.providers = providers;
        this.relay = relay;
        this.backlog = backlog;
        this.config = config.reconciler();
        this.vertx = vertx;
        this.metrics = metrics;
        this.accounts = providers.issuingProviders();
    }

    @Scheduled(
            every = "${issuance.reconciler.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return markLostSends()
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "looking for interrupted sends failed (%s); next round in %s",
                            failure.toString(), config.interval());
                    return null;
                })
                .invoke(() -> accounts.forEach(this::wakeUp))
                .chain(backlog::refresh)
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Starts draining {@code provider}'s due coupons now, on a context of its own; returns at once. */
    public void wakeUp(String provider) {
        if (!accounts.contains(provider)) {
            return;
        }
        wakeRequested.put(provider, true);
        if (!draining.add(provider)) {
            return; // the running drain looks again before it stops
        }
        SafeContexts.start(vertx, "resolving " + provider + " coupons", () -> drainAndStop(provider), LOG);
    }

    /** Drains every provider until nothing is due (tests and the safety net); the number of coupons settled. */
    public Uni<Integer> reconcileNow() {
        return markLostSends()
                .chain(() -> Multi.createFrom()
                        .iterable(accounts)
                        .onItem()
                        .transformToUniAndConcatenate(provider -> {
                            if (!draining.add(provider)) {
                                return Uni.createFrom().item(0); // a drain of this account runs already: one at a time
                            }
                            return drainOnce(provider).eventually(() -> draining.remove(provider));
                        })
                        .collect()
                        .with(java.util.stream.Collectors.summingInt(Integer::intValue)))
                .call(backlog::refresh);
    }

    private Uni<Void> drainAndStop(String provider) {
        return Uni.createFrom()
                .deferred(() -> {
                    wakeRequested.put(provider, false);
                    return drainOnce(provider);
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    // the database or the provider is away: the safety net starts again in a few seconds
                    LOG.warnf("%s resolver stopped: %s", provider, failure.toString());
                    return 0;
                })
                .eventually(() -> draining.remove(provider))
                .chain(settled -> {
                    backlog.refreshSoon();
                    // a coupon that became due while we were stopping: go again
                    if (Boolean.TRUE.equals(wakeRequested.get(provider))
                            && !paused(provider)
                            && draining.add(provider)) {
                        return drainAndStop(provider);
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    /** Takes the account's lease and resolves due coupons one at a time until none is due; the number settled. */
    private Uni<Integer> drainOnce(String provider) {
        if (paused(provider)) {
            return Uni.createFrom().item(0);
        }
        return takeLease(provider)
                .chain(held -> held ? loop(provider, 0) : Uni.createFrom().item(0));
    }

    private Uni<Integer> loop(String provider, int settled) {
        return nextDue(provider).chain(id -> {
            if (id == null) {
                return releaseLease(provider).replaceWith(settled);
            }
            return resolve(id)
                    // a bug about one coupon (not an outage) must not block the account: that coupon waits
                    .onFailure(f -> !Outages.isUnavailable(f))
                    .recoverWithUni(f -> deferAfterFailure(id, f))
                    .chain(step -> {
                        if (step.settled()) {
                            relay.wakeUp();
                        }
                        int total = settled + (step.settled() ? 1 : 0);
                        if (step.pause()) {
                            pausedUntil.put(provider, clock.instant().plus(config.interval()));
                            LOG.warnf("%s looks down: resolution paused for %s", provider, config.interval());
                            return releaseLease(provider).replaceWith(total);
                        }
                        // renew before the next cancel once a third of the lease has passed (fewer round trips per
                        // coupon
                        // while draining); lost (another replica took over): stop
                        Instant renewed = leaseTakenAt.get(provider);
                        if (renewed != null
                                && clock.instant()
                                        .isBefore(renewed.plus(config.lease().dividedBy(3)))) {
                            return loop(provider, total);
                        }
                        return takeLease(provider)
                                .chain(held -> held
                                        ? loop(provider, total)
                                        : Uni.createFrom().item(total));
                    });
        });
    }

    private Uni<Step> deferAfterFailure(UUID id, Throwable failure) {
        LOG.errorf(failure, "coupon %s: resolution failed; next attempt in %s", id, config.maxBackoff());
        return coupons.deferAttempt(id, clock.instant().plus(config.maxBackoff()))
                .replaceWith(Step.LATER);
    }

    private boolean paused(String provider) {
        Instant until = pausedUntil.get(provider);
        return until != null && clock.instant().isBefore(until);
    }

    private Uni<Boolean> takeLease(String provider) {
        Instant now = clock.instant();
        return coupons.takeLease(provider, holder, now, now.plus(config.lease()))
                .map(held -> {
                    if (held) {
                        leaseTakenAt.put(provider, now);
                    } else {
                        leaseTakenAt.remove(provider);
                    }
                    return held;
                });
    }

    private Uni<Void> releaseLease(String provider) {
        leaseTakenAt.remove(provider);
        return coupons.releaseLease(provider, holder, clock.instant());
    }

    /**
     * The next coupon of this account to resolve: UNKNOWN ones, and CANCELLING ones whose cancel got no answer
     * (due) or was interrupted (unchanged for a while), oldest first.
     */
    private Uni<UUID> nextDue(String provider) {
        Instant now = clock.instant();
        return coupons.nextDue(provider, now, now.minus(config.issuingStaleAfter()));
    }

    /** ISSUING for longer than any send can take: the service stopped before it recorded the answer. */
    private Uni<Void> markLostSends() {
        return coupons.issuingSince(clock.instant().minus(config.issuingStaleAfter()), config.batchSize())
                .chain(ids -> Multi.createFrom()
                        .iterable(ids)
                        .onItem()
                        .transformToUniAndConcatenate(id -> ledger.recordUnknown(
                                        id,
                                        new ProviderError(
                                                ErrorCode.PROVIDER_ERROR,
                                                null,
                                                null,
                                                "no answer was recorded for the send: the service stopped during the call"))
                                .onFailure()
                                .recoverWithNull())
                        .collect()
                        .asList())
                .replaceWithVoid();
    }

    /** What one attempt did: settled the coupon, and whether the provider looks down. */
    record Step(boolean settled, boolean pause) {
        static final Step SETTLED = new Step(true, false);
        static final Step LATER = new Step(false, false);
        static final Step PAUSE = new Step(false, true);
    }

    private Uni<Step> resolve(UUID id) {
        return ledger.find(id).chain(coupon -> {
            if (coupon == null || coupon.status != CouponStatus.UNKNOWN && coupon.status != CouponStatus.CANCELLING) {
                return Uni.createFrom().item(Step.LATER);
            }
            boolean unknownSend = coupon.status == CouponStatus.UNKNOWN;
            if (unknownSend && !providers.canResolveLostSend(coupon)) {
                // giftletter-b2c.txt: cancel (§4) and status (§5) need GiftLetter's order_id, which only the lost
                // reply carried, and no call finds a PIN by our co_tid; repeating SendEPin could issue a second PIN
                // (§11's P101 "이미 존재하는 거래번호" does not say which number it checks). Waiting cannot help: hand it over.
                LOG.warnf(
                        "coupon %s: %s send without an answer cannot be resolved through the provider's API; "
                                + "marked UNRESOLVABLE for a person to settle (co_tid %s)",
                        id, coupon.provider, coupon.providerTransactionId);
                count(coupon.provider, "unresolvable");
                return ledger.recordUnresolvable(
                                id,
                                "no answer to the send and no order id: the provider offers no "
                                        + "look-up by our transaction id " + coupon.providerTransactionId)
                        .replaceWith(Step.SETTLED);
            }
            return providers.cancel(coupon).onItemOrFailure().transformToUni((result, failure) -> {
                if (failure == null) {
                    count(coupon.provider, "cancelled");
                    return ledger.recordCancelled(id, "compensating cancel: " + result)
                            .replaceWith(Step.SETTLED);
                }
                var classified = ProviderFailures.classify(coupon.provider, failure);
                var resolution = UnknownResolution.ofCancelFailure(classified, ProviderFailures.isOutage(failure));
                return switch (resolution) {
                    case CANCELLED ->
                        counted(
                                coupon,
                                "cancelled",
                                ledger.recordCancelled(id, "compensating cancel: already cancelled"));
                    case NEVER_ISSUED -> neverIssued(coupon, unknownSend, classified.error());
                    case REDEEMED ->
                        counted(
                                coupon,
                                "redeemed",
                                unknownSend
                                        ? ledger.recordLateIssue(
                                                id,
                                                "the cancel found it issued and already used (exchanged)",
                                                CouponStatus.REDEEMED)
                                        : ledger.recordRedeemed(id, "cancel refused: already used"));
                    case STAYS_ISSUED ->
                        counted(
                                coupon,
                                "issued",
                                unknownSend
                                        ? ledger.recordLateIssue(
                                                id,
                                                "the cancel found it issued and no longer cancellable",
                                                CouponStatus.ISSUED)
                                        : ledger.recordCancelFailed(id, classified.error()));
                    case OUTAGE -> retryLater(coupon, classified.error()).replaceWith(Step.PAUSE);
                    case RETRY -> retryLater(coupon, classified.error()).replaceWith(Step.LATER);
                };
            });
        });
    }

    private Uni<Step> counted(CouponEntity coupon, String outcome, Uni<CouponEntity> recorded) {
        return recorded.invoke(() -> count(coupon.provider, outcome)).replaceWith(Step.SETTLED);
    }

    /**
     * The provider does not know the tr_id. For a send that became UNKNOWN only just now it may still be on its
     * way (a reset right after sending): asked again after {@code not-found-grace}. An issued coupon being cancelled
     * cannot be "never issued": do not conclude, retry.
     */
    private Uni<Step> neverIssued(CouponEntity coupon, boolean unknownSend, ProviderError error) {
        if (!unknownSend) {
            return retryLater(coupon, error).replaceWith(Step.LATER);
        }
        Instant believableFrom = coupon.updatedAt.plus(config.notFoundGrace());
        if (clock.instant().isBefore(believableFrom)) {
            return ledger.recordUnresolved(coupon.id, error, believableFrom).replaceWith(Step.LATER);
        }
        return counted(coupon, "never-issued", ledger.recordNeverIssued(coupon.id, error));
    }

    private Uni<CouponEntity> retryLater(CouponEntity coupon, ProviderError error) {
        int attempt = coupon.reconcileAttempts + 1;
        Duration wait = config.retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (wait.compareTo(config.maxBackoff()) > 0) {
            wait = config.maxBackoff();
        }
        count(coupon.provider, "retry");
        LOG.infof(
                "coupon %s still unresolved after %d attempt(s) (%s); next in %s",
                coupon.id, attempt, error.code(), wait);
        return ledger.recordUnresolved(coupon.id, error, clock.instant().plus(wait));
    }

    private void count(String provider, String outcome) {
        metrics.counter("issuance.reconciler.resolutions", "provider", provider, "outcome", outcome)
                .increment();
    }
}
