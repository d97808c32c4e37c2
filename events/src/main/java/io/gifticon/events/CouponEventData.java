package io.gifticon.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Payload of every {@code coupon.*} event: the coupon as it is after the change. Never carries the PIN
 * or a full phone number.
 *
 * @param couponId              our coupon id
 * @param clientId              the API client that issued it
 * @param clientReference       the client's own reference, if it gave one
 * @param status                coupon status after the change (REQUESTED, ISSUING, ISSUED, FAILED, UNKNOWN, …)
 * @param previousStatus        status before the change, null for the first event
 * @param provider              provider id, e.g. {@code giftishow}
 * @param productId             {@code provider:goodsCode}
 * @param providerTransactionId our transaction id at the provider (Giftishow tr_id, GiftLetter co_tid)
 * @param providerOrderNo       the provider's own order number, once known
 * @param delivery              MMS, PIN or BARCODE_IMAGE
 * @param recipientPhoneMasked  recipient number with the middle digits masked
 * @param errorCode             our error taxonomy code when the change is a failure
 * @param providerCode          the provider's result code when the change is a failure
 * @param errorMessage          human-readable failure reason
 * @param occurredAt            when the change happened
 * @param cost                  what we pay the provider for this coupon, in won, when known
 * @param pinHash               {@link PinHash} of the PIN (on {@code coupon.issued} when a PIN exists)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouponEventData(
        String couponId,
        String clientId,
        String clientReference,
        String status,
        String previousStatus,
        String provider,
        String productId,
        String providerTransactionId,
        String providerOrderNo,
        String delivery,
        String recipientPhoneMasked,
        String errorCode,
        String providerCode,
        String errorMessage,
        Instant occurredAt,
        Long cost,
        String pinHash) {}
