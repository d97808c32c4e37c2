package io.gifticon.sandbox.giftletter.coupon;

import io.gifticon.sandbox.giftletter.catalog.GiftLetterGoods;
import java.time.ZonedDateTime;

/** One PIN issued by SendEPin and its life: unused, used at a branch, or cancelled. */
public final class EPinCoupon {

    private final String orderId;
    private final String epin;
    private final GiftLetterGoods goods;
    private final SendEPinCommand request;
    private final ZonedDateTime issuedAt;
    private EPinState state = EPinState.UNUSED;
    private ZonedDateTime usedAt;
    private String branch;
    private ZonedDateTime cancelledAt;
    private int resendCount;

    EPinCoupon(String orderId, String epin, GiftLetterGoods goods, SendEPinCommand request, ZonedDateTime issuedAt) {
        this.orderId = orderId;
        this.epin = epin;
        this.goods = goods;
        this.request = request;
        this.issuedAt = issuedAt;
    }

    public String orderId() {
        return orderId;
    }

    public String epin() {
        return epin;
    }

    public GiftLetterGoods goods() {
        return goods;
    }

    public SendEPinCommand request() {
        return request;
    }

    public ZonedDateTime issuedAt() {
        return issuedAt;
    }

    public synchronized EPinState state() {
        return state;
    }

    public synchronized ZonedDateTime usedAt() {
        return usedAt;
    }

    public synchronized String branch() {
        return branch;
    }

    public synchronized ZonedDateTime cancelledAt() {
        return cancelledAt;
    }

    public synchronized int resendCount() {
        return resendCount;
    }

    synchronized void cancel(ZonedDateTime at) {
        state = EPinState.CANCELLED;
        cancelledAt = at;
    }

    synchronized void use(String branch, ZonedDateTime at) {
        if (state != EPinState.UNUSED) {
            throw new IllegalStateException(
                    "PIN of order " + orderId + " is " + state + ", only an unused PIN can be used");
        }
        state = EPinState.USED;
        this.branch = branch;
        usedAt = at;
    }

    synchronized void resent() {
        resendCount++;
    }
}
