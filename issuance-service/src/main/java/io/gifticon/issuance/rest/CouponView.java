package io.gifticon.issuance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.issuance.CouponEntity;
import java.time.Instant;

/** A coupon as the API shows it; {@code pin} only to those allowed to see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouponView(String couponId, String status, String provider, String productId,
        String providerTransactionId, String providerOrderNo, String delivery, String recipientPhone, String pin,
        String imageUrl, String clientReference, Instant scheduledAt, String errorCode, String errorMessage,
        Instant createdAt, Instant updatedAt) {

    public static CouponView of(CouponEntity c, String pin) {
        return new CouponView(c.id.toString(), c.status.name(), c.provider, c.productId, c.providerTransactionId,
                c.providerOrderNo, c.delivery, c.recipientPhoneMasked, pin, c.imageUrl, c.clientReference,
                c.scheduledAt, c.errorCode, c.errorMessage, c.createdAt, c.updatedAt);
    }
}
