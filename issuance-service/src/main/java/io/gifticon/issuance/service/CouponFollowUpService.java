package io.gifticon.issuance.service;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.client.ProviderRouter;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.repository.FollowUpLimitsRepository;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final FollowUpLimitsRepository allowances;
    private final IssuanceConfig.FollowUp limits;
    private final Clock clock;

    public CouponFollowUpService(
            CouponLedger ledger,
            ProviderRouter providers,
            OutboxRelay relay,
            FollowUpLimitsRepository allowances,
            IssuanceConfig config,
            Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.providers = providers;
        this.relay = relay;
        this.allowances = allowances;
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
                throw new DomainException(
                        ErrorCode.COUPON_NOT_RESENDABLE,
                        "Only ISSUED coupons can be resent; this one is " + coupon.status);
            }
            return claimResend(id)
                    .chain(previous -> providers
                            .resend(coupon, channel)
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
    private Uni<Instant> claimResend(UUID id) {
        Instant now = clock.instant();
        return allowances
                .claimResend(id, now, limits.maxResends(), limits.resendCooldown())
                .chain(claim -> claim.taken() ? Uni.createFrom().item(claim.previous()) : resendRefused(id, now));
    }

    private Uni<Instant> resendRefused(UUID id, Instant now) {
        return allowances.resendUse(id).map(use -> {
            if (use.count() >= limits.maxResends()) {
                throw new DomainException(
                        ErrorCode.RESEND_LIMIT_REACHED,
                        "A coupon may be resent at most " + limits.maxResends() + " times");
            }
            throw limited(
                    ErrorCode.RESEND_TOO_SOON,
                    use.lastResendAt().plus(limits.resendCooldown()),
                    now,
                    "A coupon may be resent once every "
                            + limits.resendCooldown().toSeconds() + " s");
        });
    }

    private Uni<Void> releaseResend(UUID id, Instant previous) {
        return allowances.releaseResend(id, previous);
    }

    private Uni<Void> claimRefresh(UUID id) {
        Instant now = clock.instant();
        return allowances
                .claimRefresh(id, now, limits.refreshCooldown())
                .chain(taken -> taken
                        ? Uni.createFrom().voidItem()
                        : allowances.lastRefresh(id).map(last -> {
                            throw limited(
                                    ErrorCode.REFRESH_TOO_SOON,
                                    last.plus(limits.refreshCooldown()),
                                    now,
                                    "refresh=true asks the provider at most once every "
                                            + limits.refreshCooldown().toSeconds() + " s per coupon; "
                                            + "without it the stored coupon is returned");
                        }));
    }

    private static RetryLaterException limited(ErrorCode code, Instant allowedAt, Instant now, String detail) {
        Duration wait = Duration.between(now, allowedAt);
        return new RetryLaterException(code, detail, wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }

    private Uni<CouponEntity> owned(UUID id, String clientId) {
        return ledger.findForClient(id, clientId)
                .onItem()
                .ifNull()
                .failWith(
                        () -> new DomainException(ErrorCode.COUPON_NOT_FOUND, "No coupon " + id + " for this client"));
    }
}
