package io.gifticon.sandbox.giftletter.coupon;

/** State of an issued PIN with its {@code use} letter in StatusSendEPin (giftletter-b2c.txt §5.2). */
public enum EPinState {
    UNUSED("N"),
    USED("Y"),
    CANCELLED("C");

    private final String use;

    EPinState(String use) {
        this.use = use;
    }

    public String use() {
        return use;
    }
}
