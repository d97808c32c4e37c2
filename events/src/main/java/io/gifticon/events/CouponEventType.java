package io.gifticon.events;

import java.util.Arrays;
import java.util.Optional;

/** Event types published on {@link Topics#COUPON_EVENTS}. */
public enum CouponEventType implements EventType {
    REQUESTED("coupon.requested"),
    ISSUED("coupon.issued"),
    ISSUE_FAILED("coupon.issue-failed"),
    UNKNOWN("coupon.unknown"),
    CANCELLED("coupon.cancelled"),
    CANCEL_FAILED("coupon.cancel-failed"),
    RESENT("coupon.resent"),
    REDEEMED("coupon.redeemed"),
    EXPIRED("coupon.expired"),
    /** A send whose outcome the provider's document gives no way to find out (GiftLetter lost reply): for a person. */
    UNRESOLVABLE("coupon.unresolvable");

    private final String wireName;

    CouponEventType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String topic() {
        return Topics.COUPON_EVENTS;
    }

    @Override
    public Class<?> dataType() {
        return CouponEventData.class;
    }

    public static Optional<CouponEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
