package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One means of payment of a confirmed transaction (pbt-pos-integration.txt §3.4.1 paymentList).
 *
 * @param payment       CARD, CASH, POINT, PREPAID or COUPON
 * @param paymentPrice  the amount paid with it (필수)
 */
public record PbtPayment(
        String payment,
        @JsonProperty("paymentID") String paymentID,
        @JsonProperty("transactionID") String transactionID,
        String paymentIssuer,
        String cardPaymentPeriod,
        @JsonProperty("cardMerchantID") String cardMerchantID,
        Integer paymentPrice,
        Integer prepaidBalance,
        Integer pointBalance,
        String paymentMemo) {

    static final java.util.Set<String> KINDS = java.util.Set.of("CARD", "CASH", "POINT", "PREPAID", "COUPON");

    void validate(String at, java.util.List<String> problems) {
        if (payment == null || !KINDS.contains(payment)) {
            problems.add(at + ".payment must be one of CARD/CASH/POINT/PREPAID/COUPON");
        }
        if (paymentPrice == null || paymentPrice < 0) {
            problems.add(at + ".paymentPrice must be 0 or more");
        }
    }
}
