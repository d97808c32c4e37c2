package io.gifticon.providers.spi;

/**
 * Which coupon: each provider identifies it differently — Giftishow by our {@code transactionId} (tr_id), GiftLetter
 * by its {@code providerOrderId} (order_id), COUFUN by {@code productCode} + {@code pin} (GOODS_ID + BARCODE_NUM).
 */
public record CouponRef(String transactionId, String providerOrderId, String productCode, String pin) {

    public static CouponRef byTransaction(String transactionId) {
        return new CouponRef(transactionId, null, null, null);
    }

    public static CouponRef byOrder(String providerOrderId) {
        return new CouponRef(null, providerOrderId, null, null);
    }

    public static CouponRef byPin(String productCode, String pin) {
        return new CouponRef(null, null, productCode, pin);
    }

    @Override
    public String toString() {
        return "CouponRef[transactionId=" + transactionId + ", providerOrderId=" + providerOrderId + ", productCode="
                + productCode + ", pin=" + (pin == null ? null : "****") + "]";
    }
}
