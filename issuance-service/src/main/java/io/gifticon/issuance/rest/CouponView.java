package io.gifticon.issuance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.issuance.CouponEntity;
import java.time.Instant;

/** A coupon as the API shows it; {@code pin} only to those allowed to see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouponView(
        String couponId,
        String status,
        String provider,
        String productId,
        ProductSnapshot product,
        String providerTransactionId,
        String providerOrderNo,
        String delivery,
        String recipientPhone,
        String pin,
        String imageUrl,
        String clientReference,
        Instant scheduledAt,
        String errorCode,
        String errorMessage,
        Instant createdAt,
        Instant updatedAt) {

    /** The product as the catalog described it when the coupon was requested; prices in won. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductSnapshot(String name, String brand, Long consumerPrice, Long cost) {}

    public static CouponView of(CouponEntity c, String pin) {
        ProductSnapshot product = c.consumerPrice == null && c.productName == null
                ? null
                : new ProductSnapshot(c.productName, c.brandName, c.consumerPrice, c.costPrice);
        return new CouponView(
                c.id.toString(),
                c.status.name(),
                c.provider,
                c.productId,
                product,
                c.providerTransactionId,
                c.providerOrderNo,
                c.delivery,
                c.recipientPhoneMasked,
                pin,
                c.imageUrl,
                c.clientReference,
                c.scheduledAt,
                c.errorCode,
                // the fixed text of the code (rows written before it was fixed may hold a provider's reply text)
                io.gifticon.issuance.service.ErrorMessages.of(c.errorCode),
                c.createdAt,
                c.updatedAt);
    }
}
