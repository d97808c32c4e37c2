package io.gifticon.providers.spi;

/** Both outcomes mean the coupon is cancelled; the second is what a repeat after a lost reply answers. */
public enum CancelOutcome {
    CANCELLED,
    ALREADY_CANCELLED
}
