package io.gifticon.sandbox.coufun.coupon;

/** State of a COUFUN coupon known to the sandbox. */
public enum CoufunCouponState {
    ISSUED,
    USED,
    CANCELLED,
    EXPIRED
}
