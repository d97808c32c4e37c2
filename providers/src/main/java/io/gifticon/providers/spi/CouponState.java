package io.gifticon.providers.spi;

/**
 * A coupon's state at the provider.
 *
 * @param state          the state in our terms
 * @param providerStatus the provider's own status code (Giftishow pinStatusCd, GiftLetter use)
 * @param usedAt         when it was used, as the provider writes it, if known
 * @param branch         where it was used, if known
 * @param validUntil     the end of its validity in the provider's local time, if the provider says it
 */
public record CouponState(
        State state, String providerStatus, String usedAt, String branch, java.time.LocalDateTime validUntil) {

    /** A state without a validity end. */
    public CouponState(State state, String providerStatus, String usedAt, String branch) {
        this(state, providerStatus, usedAt, branch, null);
    }

    public enum State {
        ISSUED,
        REDEEMED,
        CANCELLED,
        EXPIRED,
        OTHER
    }
}
