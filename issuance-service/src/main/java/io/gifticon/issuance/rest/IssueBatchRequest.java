package io.gifticon.issuance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/v1/coupon-batches}: one product, one message, many recipients. */
public record IssueBatchRequest(
        @NotBlank @Pattern(regexp = "^(giftishow|giftletter|coufun):[A-Za-z0-9_.-]{1,40}$",
                message = "must be provider:goodsCode, e.g. giftishow:G00000280811") String productId,
        @NotNull IssueCouponRequest.Delivery delivery,
        @NotBlank @Size(max = 40) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank @Pattern(regexp = "^0\\d{7,10}$", message = "must be 8-11 digits starting with 0, without dashes")
        String senderPhone,
        Instant scheduledAt,
        @NotEmpty @Size(max = 10_000) List<@Valid @NotNull Recipient> recipients) {

    /** One recipient of a batch. */
    public record Recipient(
            @NotBlank @Pattern(regexp = "^0\\d{8,10}$", message = "must be 9-11 digits starting with 0, without dashes")
            String phone,
            @Size(max = 100) String clientReference) {
    }

    /** The single-coupon request for one recipient. */
    public IssueCouponRequest forRecipient(String phone, String clientReference) {
        return new IssueCouponRequest(productId, phone, delivery, title, message, senderPhone, scheduledAt,
                clientReference);
    }
}
