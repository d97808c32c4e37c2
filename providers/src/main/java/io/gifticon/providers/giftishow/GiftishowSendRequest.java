package io.gifticon.providers.giftishow;

import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.PhoneNumbers;
import io.gifticon.providers.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A coupon send (api_code 0204) as giftishow-biz-api.txt §8 defines it.
 *
 * @param trId        our unique transaction id, at most 25 characters
 * @param goodsCode   Giftishow goods code, e.g. {@code G00000280811}
 * @param phoneNo     recipient, digits only
 * @param callbackNo  sender number shown to the recipient, digits only
 * @param mmsTitle    MMS title, at most 10 characters
 * @param mmsMsg      MMS message
 * @param delivery    gubun N / Y / I
 * @param scheduledAt scheduled send time (rev_info_*), or null for now
 * @param orderNo     optional order number of ours
 */
public record GiftishowSendRequest(
        String trId,
        String goodsCode,
        String phoneNo,
        String callbackNo,
        String mmsTitle,
        String mmsMsg,
        GiftishowDelivery delivery,
        Instant scheduledAt,
        String orderNo) {

    /** giftishow-biz-api.txt §8: "자리수: 25자 이하". */
    public static final int MAX_TR_ID = 25;
    /** giftishow-biz-api.txt §8: "mms_title 는 10자를 넘으면 안됩니다" (the error table's 20 is overruled). */
    public static final int MAX_TITLE = 10;
    /** giftishow-biz-api.txt COUPON.0014: "예약일자는 5분후 ~ 90일까지 가능합니다". */
    public static final Duration MIN_SCHEDULE_AHEAD = Duration.ofMinutes(5);

    public static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(90);

    /** Throws {@link ProviderException} with {@code INVALID_REQUEST} listing every rule the request breaks. */
    public void validate(Instant now) {
        List<String> problems = problems(now);
        if (!problems.isEmpty()) {
            throw HttpFailures.invalid(GiftishowCodes.PROVIDER, problems);
        }
    }

    /** Every rule the request breaks, each problem starting with the §8 field it is about. */
    public List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        // §8 "자리수: 25자 이하", 부록 1 ERR0807 "TR_ID 가 25byte 를 초과": ASCII, so characters are bytes
        if (trId == null
                || trId.isBlank()
                || trId.length() > MAX_TR_ID
                || !trId.chars().allMatch(c -> c < 128)) {
            problems.add("tr_id must be 1-" + MAX_TR_ID + " ASCII characters (25 bytes)");
        }
        if (goodsCode == null || goodsCode.isBlank()) {
            problems.add("goods_code is required");
        }
        // §8.4 "'-'를 제외한 수신번호 / 발신번호"; which numbers exist: PhoneNumbers (the numbering plan)
        if (!PhoneNumbers.isValidRecipient(phoneNo)) {
            problems.add("phone_no must be a Korean mobile number (010, 011, 016-019), digits only");
        }
        if (!PhoneNumbers.isValidSender(callbackNo)) {
            problems.add("callback_no must be a Korean telephone number (area, 15xx/16xx/18xx, 070, 050x, 080 or "
                    + "mobile), digits only");
        }
        // §8 "mms_title 는 10자를 넘으면 안됩니다": characters (자), not bytes; the document gives no Varchar here
        if (mmsTitle == null || mmsTitle.isBlank() || mmsTitle.codePointCount(0, mmsTitle.length()) > MAX_TITLE) {
            problems.add("mms_title must be 1-" + MAX_TITLE + " characters");
        }
        if (mmsMsg == null || mmsMsg.isBlank()) {
            problems.add("mms_msg is required");
        }
        if (delivery == null) {
            problems.add("gubun is required");
        }
        if (scheduledAt != null
                && (scheduledAt.isBefore(now.plus(MIN_SCHEDULE_AHEAD))
                        || scheduledAt.isAfter(now.plus(MAX_SCHEDULE_AHEAD)))) {
            problems.add("scheduled send must be 5 minutes to 90 days ahead");
        }
        return problems;
    }
}
