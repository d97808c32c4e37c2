package io.gifticon.providers.giftletter;

import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A PIN issue (SendEPin) as giftletter-b2c.txt §3.1 defines it; {@code count} is fixed at 1 ("기본값 1 고정").
 *
 * Lengths are the document's {@code Varchar(n)}, counted in bytes of UTF-8 (the query string's encoding).
 *
 * @param goodsId    GiftLetter goods id (Varchar(20))
 * @param title      message title (Varchar(40): 40 bytes, 13 Korean syllables)
 * @param content    message text (Varchar(500))
 * @param mdn        recipient, a mobile number, digits only (Varchar(13))
 * @param receiveTel sender number shown to the recipient (회신전화번호), digits only (Varchar(13))
 * @param coTid      our transaction id (Varchar(30)), the idempotency key on our side
 * @param reserved   echoed back in the reply (Varchar(20)), or null
 */
public record GiftLetterSendRequest(
        String goodsId, String title, String content, String mdn, String receiveTel, String coTid, String reserved) {

    public static final int MAX_GOODS_ID = 20;
    public static final int MAX_TITLE = 40;
    public static final int MAX_CONTENT = 500;
    public static final int MAX_CO_TID = 30;
    public static final int MAX_RESERVED = 20;
    public static final int MAX_PHONE = 13;

    /** Throws {@code INVALID_REQUEST} listing every rule the request breaks. */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw HttpFailures.invalid(GiftLetterCodes.PROVIDER, problems);
        }
    }

    /** Every rule the request breaks, each problem starting with the §3.1 field it is about. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        GiftLetterRules.required(problems, "goods_id", goodsId, MAX_GOODS_ID);
        GiftLetterRules.required(problems, "title", title, MAX_TITLE);
        GiftLetterRules.required(problems, "content", content, MAX_CONTENT);
        // §3.1 mdn / receive_tel Varchar(13); the numbering plan: PhoneNumbers
        if (!PhoneNumbers.isValidRecipient(mdn)) {
            problems.add("mdn must be a Korean mobile number (010, 011, 016-019), digits only");
        }
        if (!PhoneNumbers.isValidSender(receiveTel)) {
            problems.add(
                    "receive_tel must be a Korean telephone number (area, 15xx/16xx/18xx, 070, 050x, 080 or mobile), digits only");
        }
        GiftLetterRules.required(problems, "co_tid", coTid, MAX_CO_TID);
        GiftLetterRules.optional(problems, "reserved", reserved, MAX_RESERVED);
        return problems;
    }

    @Override
    public String toString() {
        return "GiftLetterSendRequest[goodsId=" + goodsId + ", coTid=" + coTid + ", mdn=" + PhoneNumbers.mask(mdn)
                + "]";
    }
}
