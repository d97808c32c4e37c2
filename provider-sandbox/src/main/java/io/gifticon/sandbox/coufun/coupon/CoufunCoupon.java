package io.gifticon.sandbox.coufun.coupon;

import java.time.ZonedDateTime;

/** A COUFUN coupon issued elsewhere and registered through the control API, with its state. */
public final class CoufunCoupon {

    private final String goodsId;
    private final String barcode;
    private final ZonedDateTime registeredAt;
    private CoufunCouponState state = CoufunCouponState.ISSUED;
    private ZonedDateTime changedAt;

    CoufunCoupon(String goodsId, String barcode, ZonedDateTime registeredAt) {
        this.goodsId = goodsId;
        this.barcode = barcode;
        this.registeredAt = registeredAt;
    }

    public String goodsId() {
        return goodsId;
    }

    public String barcode() {
        return barcode;
    }

    public ZonedDateTime registeredAt() {
        return registeredAt;
    }

    public synchronized CoufunCouponState state() {
        return state;
    }

    /** When the coupon was last used, cancelled or expired; null while issued. */
    public synchronized ZonedDateTime changedAt() {
        return changedAt;
    }

    synchronized void moveTo(CoufunCouponState next, ZonedDateTime at) {
        state = next;
        changedAt = at;
    }
}
