package io.gifticon.settlement;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.SettlementEventData;
import io.gifticon.settlement.messaging.CouponLedgerData;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Native images: coupon events read and settlement events written with the events module's own ObjectMapper.
 */
@RegisterForReflection(
        targets = {
            EventEnvelope.class,
            CouponEventData.class,
            CouponLedgerData.class,
            SettlementEventData.BalanceReconciled.class,
            SettlementEventData.DiscrepancyDetected.class,
            SettlementEventData.RedemptionsImported.class,
            SettlementEventData.CouponRedeemed.class,
            SettlementEventData.CouponExpired.class,
            SettlementEventData.ReportReady.class,
            SettlementEventData.PosTransaction.class
        })
final class NativeReflection {
    private NativeReflection() {}
}
