package io.gifticon.providers.spi;

/** A coupon the provider issued; {@code pin} is null when the provider delivers it itself. */
public record IssuedCoupon(String provider, String transactionId, String providerOrderId, String pin) {

    @Override
    public String toString() {
        return "IssuedCoupon[provider=" + provider + ", transactionId=" + transactionId + ", providerOrderId="
                + providerOrderId + ", pin=" + (pin == null ? null : "****") + "]";
    }
}
