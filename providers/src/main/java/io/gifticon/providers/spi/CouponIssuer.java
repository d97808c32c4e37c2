package io.gifticon.providers.spi;

import io.gifticon.providers.ProviderValidationException.FieldProblem;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Issue, cancel, query and resend coupons at one provider. Operations a provider lacks fail with
 * {@code UNSUPPORTED}; check {@link ProviderCapabilities} first. Failures are {@code ProviderException}s (classify
 * them with {@code ProviderFailures.classify}: a failed issue may have an unknown outcome).
 */
public interface CouponIssuer extends ProviderAdapter {

    /**
     * The provider's own rules the request breaks, checked without any call, so that a caller can refuse a coupon
     * before it stores anything (empty: {@link #issue} will not refuse it for its form). Each problem names the
     * {@link IssueCouponRequest} component it is about ({@code title}, {@code message}, {@code recipientPhone},
     * {@code senderPhone}, {@code productCode}, {@code transactionId}, {@code delivery}, {@code scheduledAt}) and
     * says the provider's rule; {@code now} is the caller's clock, for limits on {@code scheduledAt}.
     */
    List<FieldProblem> validate(IssueCouponRequest request, Instant now);

    Uni<IssuedCoupon> issue(IssueCouponRequest request);

    /**
     * Whether a send whose answer was lost can be found again with {@code coupon} — the reference known without
     * that answer — so that {@link #cancel} settles it (repeating the send could issue a second coupon). False when
     * the provider names its coupons only by what the lost answer carried.
     */
    boolean canFindLostSend(CouponRef coupon);

    Uni<CancelOutcome> cancel(CouponRef coupon);

    Uni<CouponState> status(CouponRef coupon);

    /** Sends the coupon to the recipient again, by {@code channel} where the provider offers a choice. */
    Uni<Void> resend(CouponRef coupon, ResendChannel channel);
}
