package io.gifticon.issuance;

import java.util.EnumSet;
import java.util.Set;

/** The coupon lifecycle of ARCHITECTURE.md, with the transitions it allows. */
public enum CouponStatus {
    REQUESTED,
    ISSUING,
    ISSUED,
    FAILED,
    UNKNOWN,
    CANCELLING,
    CANCELLED,
    REDEEMED,
    EXPIRED,
    /**
     * A send without an answer that the provider's document gives no way to resolve (GiftLetter: no look-up by our
     * co_tid, and without its order id no status or cancel): the coupon may exist and be charged. Terminal for
     * the platform; a person settles it with the provider (event {@code coupon.unresolvable}).
     */
    UNRESOLVABLE;

    private Set<CouponStatus> next;

    static {
        REQUESTED.next = EnumSet.of(ISSUING, FAILED);
        ISSUING.next = EnumSet.of(ISSUED, FAILED, UNKNOWN);
        // UNKNOWN is resolved by a status look-up (ISSUED/FAILED) or by the compensating cancel
        UNKNOWN.next = EnumSet.of(ISSUED, FAILED, CANCELLING, CANCELLED, REDEEMED, UNRESOLVABLE);
        ISSUED.next = EnumSet.of(CANCELLING, CANCELLED, REDEEMED, EXPIRED);
        CANCELLING.next = EnumSet.of(CANCELLED, ISSUED, REDEEMED, EXPIRED);
        FAILED.next = EnumSet.noneOf(CouponStatus.class);
        CANCELLED.next = EnumSet.noneOf(CouponStatus.class);
        REDEEMED.next = EnumSet.noneOf(CouponStatus.class);
        EXPIRED.next = EnumSet.noneOf(CouponStatus.class);
        UNRESOLVABLE.next = EnumSet.noneOf(CouponStatus.class);
    }

    public boolean canMoveTo(CouponStatus target) {
        return next.contains(target);
    }

    public boolean isFinal() {
        return next.isEmpty();
    }
}
