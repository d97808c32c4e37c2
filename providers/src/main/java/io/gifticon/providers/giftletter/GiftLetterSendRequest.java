package io.gifticon.providers.giftletter;

import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A PIN issue (SendEPin) as giftletter-b2c.txt §3.1 defines it; {@code count} is fixed at 1 ("기본값 1 고정").
 *
 * @param goodsId    GiftLetter goods id (≤ 20)
 * @param title      message title (≤ 40 characters)
 * @param content    message text (≤ 500 characters)
 * @param mdn        recipient, digits only
 * @param receiveTel sender number shown to the recipient (회신전화번호), digits only
 * @param coTid      our transaction id (≤ 30), the idempotency key on our side
 * @param reserved   echoed back in the reply (≤ 20), or null
 */
public record GiftLetterSendRequest(String goodsId, String title, String content, String mdn, String receiveTel,
        String coTid, String reserved) {

    public static final int MAX_GOODS_ID = 20;
    public static final int MAX_TITLE = 40;
    public static final int MAX_CONTENT = 500;
    public static final int MAX_CO_TID = 30;
    public static final int MAX_RESERVED = 20;

    /** Throws {@code INVALID_REQUEST} listing every rule the request breaks. */
    public void validate() {
        List<String> problems = new ArrayList<>();
        GiftLetterRules.required(problems, "goods_id", goodsId, MAX_GOODS_ID);
        GiftLetterRules.required(problems, "title", title, MAX_TITLE);
        GiftLetterRules.required(problems, "content", content, MAX_CONTENT);
        if (!PhoneNumbers.isValid(mdn)) {
            problems.add("mdn must be a phone number, digits only");
        }
        if (!PhoneNumbers.isValid(receiveTel)) {
            problems.add("receive_tel must be a phone number, digits only");
        }
        GiftLetterRules.required(problems, "co_tid", coTid, MAX_CO_TID);
        GiftLetterRules.optional(problems, "reserved", reserved, MAX_RESERVED);
        if (!problems.isEmpty()) {
            throw HttpFailures.invalid(GiftLetterCodes.PROVIDER, problems);
        }
    }

    @Override
    public String toString() {
        return "GiftLetterSendRequest[goodsId=" + goodsId + ", coTid=" + coTid + ", mdn=" + PhoneNumbers.mask(mdn)
                + "]";
    }
}
