package io.gifticon.sandbox.pbt.rest;

import io.gifticon.sandbox.pbt.transaction.PbtPart;
import io.gifticon.sandbox.pbt.transaction.PbtTransaction;
import java.time.Instant;
import java.util.List;

/** Control API view of a PBT transaction and its parts (member numbers masked). */
public record PbtTransactionView(
        String transactionID,
        String terminalId,
        String state,
        Instant createdAt,
        Instant confirmedAt,
        Instant cancelledAt,
        List<PartView> parts) {

    public record PartView(
            String supportMode,
            String state,
            Integer payAmount,
            int orderTotal,
            String member,
            int pointRedeem,
            int pointEarn,
            String couponId,
            String couponName,
            int couponDiscountPrice,
            List<String> couponItemCodes,
            int prepaidPayPrice) {}

    static PbtTransactionView of(PbtTransaction t) {
        return new PbtTransactionView(
                t.transactionId(),
                t.terminalId(),
                t.state().name(),
                t.createdAt(),
                t.confirmedAt(),
                t.cancelledAt(),
                t.parts().stream().map(PbtTransactionView::part).toList());
    }

    private static PartView part(PbtPart p) {
        return new PartView(
                p.mode().name(),
                p.state().name(),
                p.payAmount(),
                p.orderTotal(),
                p.member(),
                p.pointRedeem(),
                p.pointEarn(),
                p.couponId(),
                p.couponName(),
                p.couponDiscountPrice(),
                p.couponItemCodes(),
                p.prepaidPayPrice());
    }
}
