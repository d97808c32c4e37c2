package io.gifticon.sandbox.giftishow.coupon;

import java.util.Arrays;
import java.util.Optional;

/** How a coupon is delivered (giftishow-biz-api.txt §8 {@code gubun}): MMS by the provider, PIN or barcode image back to the caller. */
public enum Gubun {
    MMS("N"),
    PIN("Y"),
    IMAGE("I");

    private final String code;

    Gubun(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The send reply carries the PIN for gubun Y and I (giftishow-biz-api.txt §8.5). */
    public boolean returnsPin() {
        return this != MMS;
    }

    public static Optional<Gubun> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
