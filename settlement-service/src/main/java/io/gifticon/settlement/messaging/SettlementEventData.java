package io.gifticon.settlement.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Payload records of the settlement events (data version 1). */
public final class SettlementEventData {
    private SettlementEventData() {}

    /** {@code balance.reconciled}: observed matched expected within tolerance (or set the first baseline). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BalanceReconciled(
            String reconciliationId,
            String provider,
            long observed,
            Long expected,
            Long drift,
            boolean baseline,
            Instant observedAt) {}

    /** {@code discrepancy.detected}: something that does not add up, opened for a person to look at. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiscrepancyDetected(
            long discrepancyId,
            String provider,
            String kind,
            String reference,
            Long amount,
            String detail,
            Instant openedAt) {}

    /** {@code redemptions.imported}: one day's exchange log imported. */
    public record RedemptionsImported(
            String provider,
            LocalDate date,
            int lines,
            int newRedemptions,
            int matched,
            int unknownPins,
            int unreadableLines) {}

    /**
     * {@code coupon.redeemed}: a redemption from a provider's log matched to our coupon (by PIN hash), or seen by the
     * Giftishow status sweep; {@code redeemedAt} is local time in Asia/Seoul.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CouponRedeemed(
            String couponId, String provider, LocalDate date, LocalDateTime redeemedAt, String branch) {}

    /**
     * {@code coupon.expired}: the provider reports the coupon expired (Giftishow 0201 pinStatusCd 08); {@code expiredAt}
     * is local time in Asia/Seoul.
     */
    public record CouponExpired(String couponId, String provider, LocalDate date, LocalDateTime expiredAt) {}

    /** {@code report.ready}: a business day closed and its report can be fetched at {@code url} in {@code formats}. */
    public record ReportReady(LocalDate date, String url, java.util.List<String> formats) {}

    /** {@code pos.transaction.confirmed} / {@code pos.transaction.cancelled}. */
    public record PosTransaction(
            String transactionId,
            String supportMode,
            long pointsRedeemed,
            long pointsEarned,
            long couponDiscount,
            long prepaidAmount,
            String status,
            Instant at) {}
}
