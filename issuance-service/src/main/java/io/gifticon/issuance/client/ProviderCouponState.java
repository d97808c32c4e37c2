package io.gifticon.issuance.client;

/** A provider's view of an issued coupon, in our terms, with the provider's own words for the record. */
public record ProviderCouponState(State state, String description) {

    public enum State {
        /** Still usable: nothing changes. */
        UNUSED,
        REDEEMED,
        CANCELLED,
        EXPIRED
    }
}
