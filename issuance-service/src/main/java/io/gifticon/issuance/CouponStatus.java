package io.gifticon.issuance;

import java.util.EnumSet;
import java.util.Set;

/** The coupon lifecycle of ARCHITECTURE.md, with the transitions it allows. */
public enum CouponStatus {
    REQUESTED, ISSUING, ISSUED, FAILED, UNKNOWN, CANCELLING, CANCELLED, REDEEMED, EXPIRED;

    private Set<CouponStatus> next;

    static {
        REQUESTED.next = EnumSet.of(ISSUING, FAILED);
        ISSUING.next = EnumSet.of(ISSUED, FAILED, UNKNOWN);
        // UNKNOWN is resolved by a status look-up (ISSUED/FAILED) or by the compensating cancel
        UNKNOWN.next = EnumSet.of(ISSUED, FAILED, CANCELLING, CANCELLED, REDEEMED);
        ISSUED.next = EnumSet.of(CANCELLING, CANCELLED, REDEEMED, EXPIRED);
        CANCELLING.next = EnumSet.of(CANCELLED, ISSUED, REDEEMED, EXPIRED);
        FAILED.next = EnumSet.noneOf(CouponStatus.class);
        CANCELLED.next = EnumSet.noneOf(CouponStatus.class);
        REDEEMED.next = EnumSet.noneOf(CouponStatus.class);
        EXPIRED.next = EnumSet.noneOf(CouponStatus.class);
    }

    public boolean canMoveTo(CouponStatus target) {
        return next.contains(target);
    }

    public boolean isFinal() {
        return next.isEmpty();
    }
}
