package io.gifticon.issuance.client;

import io.gifticon.issuance.CouponEntity;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * What issuance offers for one provider beyond {@code providers.spi.CouponIssuer}: its rules checked before anything
 * is stored, the delivery modes and scheduled sends of our API, the resend channel, and whether a send without an
 * answer can be found again. Found by provider id like the SPI's adapters (no switch on names); a provider without
 * one is used through the SPI alone. Exists only until the SPI carries these (issue 14); then it goes.
 */
interface SendProfile {

    /** The provider id, as {@code ProviderAdapter.provider()}. */
    String provider();

    /** Throws a {@code ProviderValidationException} naming the provider's fields when the coupon breaks a rule. */
    void validate(CouponEntity coupon, Instant now);

    Uni<SentCoupon> send(CouponEntity coupon);

    Uni<Void> resend(CouponEntity coupon, boolean sms);

    boolean canResolveLostSend(CouponEntity coupon);
}
