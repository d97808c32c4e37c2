package io.gifticon.providers.spi;

import io.gifticon.providers.PhoneNumbers;

/**
 * A coupon to issue, provider-neutral.
 *
 * @param transactionId our idempotency key (each provider has its own limit: Giftishow 25, GiftLetter 30)
 * @param productCode   the provider's product code
 * @param recipientPhone digits only
 * @param senderPhone    digits only, shown to the recipient
 * @param title          message title (Giftishow ≤ 10, GiftLetter ≤ 40 characters)
 * @param message        message text
 */
public record IssueCouponRequest(
        String transactionId,
        String productCode,
        String recipientPhone,
        String senderPhone,
        String title,
        String message) {

    @Override
    public String toString() {
        return "IssueCouponRequest[transactionId=" + transactionId + ", productCode=" + productCode
                + ", recipientPhone=" + PhoneNumbers.mask(recipientPhone) + "]";
    }
}
