package io.gifticon.sandbox.giftishow;

import java.util.Arrays;
import java.util.Optional;

/** The Giftishow Biz operations with their api_code (giftishow-biz-api.txt §1–§9) and sandbox name. */
public enum GiftishowOperation {
    GOODS("goods", "0101"),
    GOODS_DETAIL("goodsDetail", "0111"),
    BRANDS("brands", "0102"),
    BRAND_DETAIL("brandDetail", "0112"),
    COUPONS("coupons", "0201"),
    CANCEL("cancel", "0202"),
    RESEND("resend", "0203"),
    SEND("send", "0204"),
    BIZMONEY("bizmoney", "0301");

    /** Provider name used by the control API, counters and faults. */
    public static final String PROVIDER = "giftishow";

    private final String key;
    private final String apiCode;

    GiftishowOperation(String key, String apiCode) {
        this.key = key;
        this.apiCode = apiCode;
    }

    /** Name used by the control API for counters and faults, e.g. {@code send}. */
    public String key() {
        return key;
    }

    public String apiCode() {
        return apiCode;
    }

    public static Optional<GiftishowOperation> ofKey(String key) {
        return Arrays.stream(values()).filter(op -> op.key.equals(key)).findFirst();
    }
}
