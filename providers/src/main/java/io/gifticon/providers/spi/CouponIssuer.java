package io.gifticon.providers.spi;

import io.smallrye.mutiny.Uni;

/**
 * Issue, cancel, query and resend coupons at one provider. Operations a provider lacks fail with
 * {@code UNSUPPORTED}; check {@link ProviderCapabilities} first. Failures are {@code ProviderException}s (classify
 * them with {@code ProviderFailures.classify}: a failed issue may have an unknown outcome).
 */
public interface CouponIssuer extends ProviderAdapter {

    Uni<IssuedCoupon> issue(IssueCouponRequest request);

    Uni<CancelOutcome> cancel(CouponRef coupon);

    Uni<CouponState> status(CouponRef coupon);

    Uni<Void> resend(CouponRef coupon);
}
