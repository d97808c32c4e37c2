package io.gifticon.issuance.client;

/** What a provider answered to a successful send: its order number, the PIN (if returned), the image (if any). */
public record SentCoupon(String orderNo, String pin, String imageUrl) {

    @Override
    public String toString() {
        return "SentCoupon[orderNo=" + orderNo + ", pin=" + (pin == null ? null : "****") + "]";
    }
}
