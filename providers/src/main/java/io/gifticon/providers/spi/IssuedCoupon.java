package io.gifticon.providers.spi;

/**
 * A coupon the provider issued.
 *
 * @param pin      null when the provider delivers it itself
 * @param imageUrl the barcode image, when asked for ({@link IssueCouponRequest.Delivery#BARCODE_IMAGE}) and given
 */
public record IssuedCoupon(String provider, String transactionId, String providerOrderId, String pin, String imageUrl) {

    /** A coupon issued without a barcode image. */
    public IssuedCoupon(String provider, String transactionId, String providerOrderId, String pin) {
        this(provider, transactionId, providerOrderId, pin, null);
    }

    @Override
    public String toString() {
        // the barcode image shows the PIN: its address is as secret as the PIN
        return "IssuedCoupon[provider=" + provider + ", transactionId=" + transactionId + ", providerOrderId="
                + providerOrderId + ", pin=" + (pin == null ? null : "****") + ", imageUrl="
                + (imageUrl == null ? null : "****") + "]";
    }
}
