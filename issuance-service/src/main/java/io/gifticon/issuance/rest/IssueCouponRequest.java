package io.gifticon.issuance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@code POST /api/v1/coupons}. Provider-specific limits (e.g. Giftishow's 10-character MMS title) are checked
 * after these generic ones, before anything is stored.
 */
public record IssueCouponRequest(
        @NotBlank @Pattern(regexp = "^(giftishow|giftletter|coufun):[A-Za-z0-9_.-]{1,40}$",
                message = "must be provider:goodsCode, e.g. giftishow:G00000280811") String productId,
        @NotBlank @Pattern(regexp = "^0\\d{8,10}$", message = "must be 9-11 digits starting with 0, without dashes")
        String recipientPhone,
        @NotNull Delivery delivery,
        @NotBlank @Size(max = 40) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank @Pattern(regexp = "^0\\d{7,10}$", message = "must be 8-11 digits starting with 0, without dashes")
        String senderPhone,
        Instant scheduledAt,
        @Size(max = 100) String clientReference) {

    /** How the coupon reaches the recipient. */
    public enum Delivery {
        /** The provider sends an MMS to the recipient. */
        MMS,
        /** The PIN is returned to the client, who delivers it. */
        PIN,
        /** The PIN and a barcode image URL are returned. */
        BARCODE_IMAGE
    }
}
