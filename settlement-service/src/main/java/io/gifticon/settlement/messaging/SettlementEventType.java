package io.gifticon.settlement.messaging;

/** Event types this service publishes on {@code settlement-events}. */
public enum SettlementEventType {
    BALANCE_RECONCILED("balance.reconciled"),
    DISCREPANCY_DETECTED("discrepancy.detected"),
    REDEMPTIONS_IMPORTED("redemptions.imported"),
    COUPON_REDEEMED("coupon.redeemed"),
    COUPON_EXPIRED("coupon.expired"),
    REPORT_READY("report.ready"),
    POS_TRANSACTION_CONFIRMED("pos.transaction.confirmed"),
    POS_TRANSACTION_CANCELLED("pos.transaction.cancelled");

    private final String wireName;

    SettlementEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
