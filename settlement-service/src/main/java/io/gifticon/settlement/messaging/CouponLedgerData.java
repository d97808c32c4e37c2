package io.gifticon.settlement.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The fields of a {@code coupon.*} event payload the ledger reads: {@link io.gifticon.events.CouponEventData} plus
 * two fields issuance is to add, {@code cost} (won we pay the provider) and {@code pinHash} (HMAC-SHA256 of the
 * PIN with the shared key, hex). Both optional: without cost the ledger asks the provider's catalog.
 * {@code providerTransactionId} (Giftishow tr_id) is what the status sweep asks 0201 about.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponLedgerData(
        String couponId,
        String status,
        String provider,
        String productId,
        Long cost,
        String pinHash,
        String providerTransactionId,
        Instant occurredAt) {}
