package io.gifticon.sandbox.giftletter;

import java.util.Arrays;
import java.util.Optional;

/** The GiftLetter calls (giftletter-b2c.txt §3–§10), named as the document names them; the name is also the counter and fault key. */
public enum GiftLetterOperation {
    SEND_EPIN("SendEPin"),
    CANCEL_SEND_EPIN("CancelSendEPin"),
    STATUS_SEND_EPIN("StatusSendEPin"),
    RESEND_SMS("ReSendSMS"),
    GOODS_INFO_LIST("getGoodsInfoList"),
    GOODS_INFO("getGoodsInfo"),
    BRAND_IMAGE("getBrandImage"),
    EXCHANGE_DAILY("ExchangeDaily");

    /** Provider name used by the control API, counters and faults. */
    public static final String PROVIDER = "giftletter";

    private final String key;

    GiftLetterOperation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<GiftLetterOperation> ofKey(String key) {
        return Arrays.stream(values()).filter(op -> op.key.equals(key)).findFirst();
    }
}
