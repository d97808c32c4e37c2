package io.gifticon.issuance.rest;

import io.gifticon.issuance.rest.validation.KoreanPhone;
import io.gifticon.providers.PhoneNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@code POST /api/v1/coupons}. Provider-specific limits (e.g. Giftishow's 10-character MMS title, GiftLetter's
 * 40-byte title) are checked after these generic ones, before anything is stored. Phone numbers follow the Korean
 * numbering plan and may be written with dashes or spaces; the digits are stored and sent ({@link #normalized}).
 */
public record IssueCouponRequest(
        @NotBlank @Pattern(
                regexp = "^[a-z][a-z0-9_-]{0,15}:[A-Za-z0-9_.-]{1,40}$",
                message = "must be provider:goodsCode, e.g. giftishow:G00000280811")
        String productId,

        @NotBlank @KoreanPhone(recipient = true) String recipientPhone,
        @NotNull Delivery delivery,
        @NotBlank @Size(max = 40) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank @KoreanPhone String senderPhone,
        Instant scheduledAt,
        @Size(max = 100) String clientReference) {

    /** The same request with the phone numbers as digits (what is stored, hashed and sent). */
    public IssueCouponRequest normalized() {
        return new IssueCouponRequest(
                productId,
                digitsOf(recipientPhone),
                delivery,
                title,
                message,
                digitsOf(senderPhone),
                scheduledAt,
                clientReference);
    }

    static String digitsOf(String phone) {
        String digits = PhoneNumbers.digits(phone);
        return digits == null ? phone : digits;
    }

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
