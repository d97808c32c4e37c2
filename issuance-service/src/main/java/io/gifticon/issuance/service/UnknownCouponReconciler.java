package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderFailures;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Leaves no coupon in doubt. A send that got no answer (UNKNOWN), or whose answer was never recorded because the
 * service stopped mid-call (ISSUING for too long), and a client's cancel left without an answer (CANCELLING), is resolved by the compensating cancel with the same tr_id
 * that giftishow-biz-api.txt §8 requires: CANCELLED, or FAILED when the provider never had it, or REDEEMED when
 * it was already used; otherwise retried with a doubling wait. One replica works on a coupon at a time (a lease
 * taken with {@code FOR UPDATE SKIP LOCKED}); cancels go one at a time (§6).
 */
@ApplicationScoped
public class UnknownCouponReconciler {
    private static final Logger LOG = Logger.getLogger(UnknownCouponReconciler.class);

    private final Pool database;
    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;
    private final IssuanceConfig.Reconciler config;
    private final Clock clock = Clock.systemUTC();

    public UnknownCouponReconciler(Pool database, CouponLedger ledger, ProviderRouter providers, OutboxRelay relay,
            IssuanceConfig config) {
        this.database = database;
        this.ledger = ledger;
        this.providers = providers;
        this.relay = relay;
        this.config = config.reconciler();
    }

    @Scheduled(every = "${issuance.reconciler.interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return reconcileNow().replaceWithVoid();
    }

    /** One round; the number of coupons it settled. */
    public Uni<Integer> reconcileNow() {
        return markLostSends()
                .chain(this::claim)
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(this::resolve)
                        .filter(Boolean::booleanValue)
                        .collect().asList())
                .map(List::size)
                .invoke(settled -> {
                    if (settled > 0) {
                        relay.wakeUp();
                    }
                });
    }

    /** ISSUING for longer than any send can take: the service stopped before it recorded the answer. */
    private Uni<Void> markLostSends() {
        OffsetDateTime staleBefore = at(clock.instant().minus(config.issuingStaleAfter()));
        return database.preparedQuery("select id from coupon where status = 'ISSUING' and updated_at < $1 limit $2")
                .execute(Tuple.of(staleBefore, config.batchSize()))
                .chain(rows -> Multi.createFrom().iterable(ids(rows))
                        .onItem().transformToUniAndConcatenate(id -> ledger.recordUnknown(id, new ProviderError(
                                ErrorCode.PROVIDER_ERROR, null, null,
                                "no answer was recorded for the send: the service stopped during the call")))
                        .collect().asList())
                .replaceWithVoid();
    }

    /** UNKNOWN coupons, and CANCELLING ones whose cancel was interrupted (unchanged for a while). */
    private Uni<List<UUID>> claim() {
        Instant now = clock.instant();
        return database.preparedQuery("""
                update coupon set next_reconcile_at = $1
                 where id in (select id from coupon
                               where (status = 'UNKNOWN' or (status = 'CANCELLING' and updated_at < $4))
                                 and (next_reconcile_at is null or next_reconcile_at <= $2)
                               order by updated_at limit $3 for update skip locked)
                returning id""")
                .execute(Tuple.of(at(now.plus(config.lease())), at(now), config.batchSize(),
                        at(now.minus(config.issuingStaleAfter()))))
                .map(UnknownCouponReconciler::ids);
    }

    private Uni<Boolean> resolve(UUID id) {
        return ledger.find(id).chain(coupon -> {
            if (coupon == null
                    || coupon.status != CouponStatus.UNKNOWN && coupon.status != CouponStatus.CANCELLING) {
                return Uni.createFrom().item(false);
            }
            boolean unknownSend = coupon.status == CouponStatus.UNKNOWN;
            if (unknownSend && !providers.canResolveLostSend(coupon)) {
                // giftletter-b2c.txt: cancel (§4) and status (§5) need GiftLetter's order_id, which only the lost
                // reply carried, and no call finds a PIN by our co_tid; repeating SendEPin could issue a second PIN
                // (§11's P101 "이미 존재하는 거래번호" does not say which number it checks). Waiting cannot help: hand it over.
                LOG.warnf("coupon %s: %s send without an answer cannot be resolved through the provider's API; "
                        + "marked UNRESOLVABLE for a person to settle (co_tid %s)", id, coupon.provider,
                        coupon.providerTransactionId);
                return ledger.recordUnresolvable(id, "no answer to the send and no order id: the provider offers no "
                        + "look-up by our transaction id " + coupon.providerTransactionId).replaceWith(true);
            }
            return providers.cancel(coupon).onItemOrFailure().transformToUni((result, failure) -> {
                if (failure == null) {
                    return ledger.recordCancelled(id, "compensating cancel: " + result).replaceWith(true);
                }
                var classified = ProviderFailures.classify(coupon.provider, failure);
                return switch (UnknownResolution.ofCancelFailure(classified)) {
                    case CANCELLED -> ledger.recordCancelled(id, "compensating cancel: already cancelled")
                            .replaceWith(true);
                    // an issued coupon being cancelled cannot be "never issued": do not conclude, retry
                    case NEVER_ISSUED -> unknownSend ? ledger.recordNeverIssued(id, classified.error()).replaceWith(true)
                            : retryLater(coupon, classified.error());
                    case REDEEMED -> ledger.recordRedeemed(id, "issued and already used; cannot be cancelled")
                            .replaceWith(true);
                    case RETRY -> retryLater(coupon, classified.error());
                };
            });
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf("coupon %s: resolution attempt failed: %s", id, failure.toString());
            return false;
        });
    }

    private Uni<Boolean> retryLater(CouponEntity coupon, ProviderError error) {
        int attempt = coupon.reconcileAttempts + 1;
        Duration wait = config.interval().multipliedBy(1L << Math.min(attempt, 20));
        if (wait.compareTo(config.maxBackoff()) > 0) {
            wait = config.maxBackoff();
        }
        LOG.warnf("coupon %s still unresolved after %d attempt(s) (%s); next in %s", coupon.id, attempt,
                error.code(), wait);
        return ledger.recordUnresolved(coupon.id, error, clock.instant().plus(wait)).replaceWith(false);
    }

    private static List<UUID> ids(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getUUID("id")));
        return ids;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
