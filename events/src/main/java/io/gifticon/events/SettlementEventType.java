package io.gifticon.events;

import java.util.Arrays;
import java.util.Optional;

/** Event types published on {@link Topics#SETTLEMENT_EVENTS} by settlement-service. */
public enum SettlementEventType implements EventType {
    BALANCE_RECONCILED("balance.reconciled", SettlementEventData.BalanceReconciled.class),
    DISCREPANCY_DETECTED("discrepancy.detected", SettlementEventData.DiscrepancyDetected.class),
    REDEMPTIONS_IMPORTED("redemptions.imported", SettlementEventData.RedemptionsImported.class),
    /** A redemption settlement found (exchange log, status sweep), for issuance to update the coupon. */
    COUPON_REDEEMED("coupon.redeemed", SettlementEventData.CouponRedeemed.class),
    /** An expiry settlement found (status sweep), for issuance to update the coupon. */
    COUPON_EXPIRED("coupon.expired", SettlementEventData.CouponExpired.class),
    REPORT_READY("report.ready", SettlementEventData.ReportReady.class),
    POS_TRANSACTION_CONFIRMED("pos.transaction.confirmed", SettlementEventData.PosTransaction.class),
    POS_TRANSACTION_CANCELLED("pos.transaction.cancelled", SettlementEventData.PosTransaction.class);

    private final String wireName;
    private final Class<?> dataType;

    SettlementEventType(String wireName, Class<?> dataType) {
        this.wireName = wireName;
        this.dataType = dataType;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String topic() {
        return Topics.SETTLEMENT_EVENTS;
    }

    @Override
    public Class<?> dataType() {
        return dataType;
    }

    public static Optional<SettlementEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
