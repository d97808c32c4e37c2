package io.gifticon.providers.spi;

/**
 * How {@link CouponIssuer#resend} should reach the recipient. A provider with a single channel uses it whatever is
 * asked (GiftLetter: ReSendSMS only).
 */
public enum ResendChannel {
    MMS,
    SMS
}
