package io.gifticon.settlement.service;

import io.gifticon.providers.pbt.PbtSupportMode;
import java.util.List;

/**
 * A POS transaction as the POS page relayed it, read strictly and checked against the PBT popup protocol
 * ({@link PosRelayReader}): the popup's successful connection reply, and what the page asked for when it relayed
 * its connection request too.
 *
 * @param requestedAmount the request's {@code payAmount} (POINT_REDEEM, POINT_EARN, PREPAID) or its items' total
 *                        (COUPON), in won; null when only the reply was relayed
 */
public record PosRelay(
        String transactionId,
        PbtSupportMode mode,
        long pointsRedeemed,
        long pointsEarned,
        long couponDiscount,
        long prepaidAmount,
        List<String> couponItemCodes,
        Long requestedAmount) {

    /** The amount the reply approved for its mode (won or points). */
    public long approvedAmount() {
        return switch (mode) {
            case POINT_REDEEM -> pointsRedeemed;
            case POINT_EARN -> pointsEarned;
            case COUPON -> couponDiscount;
            case PREPAID -> prepaidAmount;
        };
    }
}
