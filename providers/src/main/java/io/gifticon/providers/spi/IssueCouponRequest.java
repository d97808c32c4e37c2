package io.gifticon.providers.spi;

import io.gifticon.providers.PhoneNumbers;
import java.time.Instant;

/**
 * A coupon to issue, provider-neutral. {@link CouponIssuer#validate} names broken rules by these components' names.
 *
 * @param transactionId  our idempotency key (each provider has its own limit: Giftishow 25, GiftLetter 30)
 * @param productCode    the provider's product code
 * @param recipientPhone digits only
 * @param senderPhone    digits only, shown to the recipient
 * @param title          message title (Giftishow ≤ 10, GiftLetter ≤ 40 characters)
 * @param message        message text
 * @param delivery       how the coupon reaches the recipient
 * @param scheduledAt    when the provider should send it, or null for now (not every provider can schedule)
 */
public record IssueCouponRequest(
        String transactionId,
        String productCode,
        String recipientPhone,
        String senderPhone,
        String title,
        String message,
        Delivery delivery,
        Instant scheduledAt) {

    /** A coupon the provider sends by MMS now. */
    public IssueCouponRequest(
            String transactionId,
            String productCode,
            String recipientPhone,
            String senderPhone,
            String title,
            String message) {
        this(transactionId, productCode, recipientPhone, senderPhone, title, message, Delivery.MMS, null);
    }

    /** How the coupon reaches the recipient; a provider that cannot do one says so in {@link CouponIssuer#validate}. */
    public enum Delivery {
        /** The provider sends the coupon to the recipient by MMS. */
        MMS,
        /** Only the PIN comes back ({@link IssuedCoupon#pin}); we deliver it. */
        PIN,
        /** The PIN and a barcode image URL come back ({@link IssuedCoupon#imageUrl}). */
        BARCODE_IMAGE
    }

    @Override
    public String toString() {
        return "IssueCouponRequest[transactionId=" + transactionId + ", productCode=" + productCode
                + ", recipientPhone=" + PhoneNumbers.mask(recipientPhone) + ", delivery=" + delivery
                + ", scheduledAt=" + scheduledAt + "]";
    }
}
