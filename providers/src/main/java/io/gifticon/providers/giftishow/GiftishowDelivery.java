package io.gifticon.providers.giftishow;

/** giftishow-biz-api.txt §8 {@code gubun}: how the coupon reaches the recipient. */
public enum GiftishowDelivery {
    /** Giftishow sends the MMS itself. */
    MMS("N"),
    /** The PIN is returned to us; we deliver it. */
    PIN("Y"),
    /** The PIN and a barcode image URL are returned. */
    BARCODE_IMAGE("I");

    private final String gubun;

    GiftishowDelivery(String gubun) {
        this.gubun = gubun;
    }

    public String gubun() {
        return gubun;
    }
}
