package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.rest.RetryLaterException;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * After issuing: asking the provider for a coupon's state now, and sending a coupon again. Both reach the provider
 * (a resend texts the recipient), so each is limited per coupon in the database, across replicas: a cooldown
 * between two calls and, for resends, a total (429 problem with {@code Retry-After}).
 */
@ApplicationScoped
public class CouponFollowUpService {
    private final CouponLedger ledger;
    private final ProviderRouter providers;
    private final OutboxRelay relay;
    private final Pool database;
    private final IssuanceConfig.FollowUp limits;
    private final Clock clock = Clock.systemUTC();

    public CouponFollowUpService(
            CouponLedger ledger, ProviderRouter providers, OutboxRelay relay, Pool database, IssuanceConfig config) {
        this.ledger = ledger;
        this.providers = providers;
        this.relay = relay;
        this.database = database;
        this.limits = config.followUp();
    }

    /** Asks the provider about an issued coupon and records what changed; other states are returned as stored. */
    public Uni<CouponEntity> refresh(UUID id, String clientId) {
        return owned(id, clientId)
                .chain(coupon -> coupon.status != CouponStatus.ISSUED
                        ? Uni.createFrom().item(coupon)
                        : claimRefresh(id)
                                .chain(() -> providers.status(coupon))
                                .chain(status -> ledger.recordProviderStatus(id, status))
                                .invoke(relay::wakeUp));
    }

    /** Sends an issued coupon again by MMS or SMS. */
    public Uni<CouponEntity> resend(UUID id, String clientId, String channel) {
        return owned(id, clientId).chain(coupon -> {
            if (coupon.status != CouponStatus.ISSUED) {
                throw new ProblemException(Problem.of(
                                409,
                                "COUPON_NOT_RESENDABLE",
                                "The coupon cannot be resent",
                                "Only ISSUED coupons can be resent; this one is " + coupon.status)
                        .withRetryable(false));
            }
            return claimResend(id)
                    .chain(previous -> providers
                            .resend(coupon, "SMS".equals(channel))
                            .onFailure(f -> !ProviderFailures.classify(coupon.provider, f)
                                            .outcomeUnknown()
                                    && ProviderFailures.classify(coupon.provider, f)
                                                    .error()
                                                    .providerCode()
                                            == null)
                            // never reached the provider (down, circuit open): the resend was not used up
                            .call(() -> releaseResend(id, previous)))
                    .chain(() -> ledger.recordResent(id, channel))
                    .invoke(relay::wakeUp);
        });
    }

    /** Takes one resend of the coupon's allowance; the previous resend time (to give it back). */
    private Uni<OffsetDateTime> claimResend(UUID id) {
        Instant now = clock.instant();
        return database.preparedQuery("""
                with before as (select last_resend_at from coupon where id = $1)
                update coupon set last_resend_at = $2, resend_count = resend_count + 1
                 where id = $1 and resend_count < $3 and (last_resend_at is null or last_resend_at <= $4)
                returning (select last_resend_at from before) as previous""")
                .execute(Tuple.of(id, at(now), limits.maxResends(), at(now.minus(limits.resendCooldown()))))
                .chain(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().item(rows.iterator().next().getOffsetDateTime("previous"))
                        : resendRefused(id, now));
    }

    private Uni<OffsetDateTime> resendRefused(UUID id, Instant now) {
        return database.preparedQuery("select last_resend_at, resend_count from coupon where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    var row = rows.iterator().next();
                    if (row.getInteger("resend_count") >= limits.maxResends()) {
                        throw new ProblemException(Problem.of(
                                        429,
                                        "RESEND_LIMIT_REACHED",
                                        "The coupon cannot be resent again",
                                        "A coupon may be resent at most " + limits.maxResends() + " times")
                                .withRetryable(false));
                    }
                    throw limited(
                            "RESEND_TOO_SOON",
                            "The coupon was resent a moment ago",
                            row.getOffsetDateTime("last_resend_at").toInstant().plus(limits.resendCooldown()),
                            now,
                            "A coupon may be resent once every "
                                    + limits.resendCooldown().toSeconds() + " s");
                });
    }

    private Uni<Void> releaseResend(UUID id, OffsetDateTime previous) {
        return database.preparedQuery("update coupon set last_resend_at = $2, resend_count = resend_count - 1 "
                        + "where id = $1 and resend_count > 0")
                .execute(Tuple.of(id, previous))
                .replaceWithVoid();
    }

    private Uni<Void> claimRefresh(UUID id) {
        Instant now = clock.instant();
        return database.preparedQuery("""
                update coupon set last_refresh_at = $2
                 where id = $1 and (last_refresh_at is null or last_refresh_at <= $3)
                returning id""")
                .execute(Tuple.of(id, at(now), at(now.minus(limits.refreshCooldown()))))
                .chain(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : database.preparedQuery("select last_refresh_at from coupon where id = $1")
                                .execute(Tuple.of(id))
                                .map(last -> {
                                    throw limited(
                                            "REFRESH_TOO_SOON",
                                            "The coupon was refreshed a moment ago",
                                            last.iterator()
                                                    .next()
                                                    .getOffsetDateTime("last_refresh_at")
                                                    .toInstant()
                                                    .plus(limits.refreshCooldown()),
                                            now,
                                            "refresh=true asks the provider at most once every "
                                                    + limits.refreshCooldown().toSeconds() + " s per coupon; "
                                                    + "without it the stored coupon is returned");
                                }));
    }

    private static RetryLaterException limited(
            String code, String title, Instant allowedAt, Instant now, String detail) {
        Duration wait = Duration.between(now, allowedAt);
        return new RetryLaterException(
                Problem.of(429, code, title, detail).withRetryable(true),
                wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }

    private Uni<CouponEntity> owned(UUID id, String clientId) {
        return ledger.findForClient(id, clientId)
                .onItem()
                .ifNull()
                .failWith(() -> new ProblemException(Problem.of(
                        404, "COUPON_NOT_FOUND", "Coupon not found", "No coupon " + id + " for this client")));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
