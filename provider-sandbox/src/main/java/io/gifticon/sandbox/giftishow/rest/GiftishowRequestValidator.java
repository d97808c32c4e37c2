package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import io.gifticon.sandbox.giftishow.GiftishowOperation;
import io.gifticon.sandbox.giftishow.config.GiftishowConfig;
import io.gifticon.sandbox.giftishow.coupon.Gubun;
import io.gifticon.sandbox.giftishow.coupon.SendCommand;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** The provider's checks of a request's parameters, in the order the sandbox applies them; each failure is a result code. */
@ApplicationScoped
class GiftishowRequestValidator {

    /** Paging of the product list (giftishow-biz-api.txt §1.4). */
    record Paging(int start, int size) {}

    // giftishow-biz-api.txt §8: "'-'를 제외한" phone numbers, digits only
    private static final Pattern PHONE = Pattern.compile("\\d{10,11}");
    private static final Pattern CALLBACK = Pattern.compile("\\d{8,12}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // giftishow-biz-api.txt §8 tr_id: at most 25 characters (부록 1 ERR0807: 25 bytes)
    private static final int TR_ID_MAX_BYTES = 25;
    // giftishow-biz-api.txt §8: mms_title must not exceed 10 characters (specs/README.md Decision: enforce 10)
    private static final int MMS_TITLE_MAX = 10;

    private final GiftishowConfig config;

    GiftishowRequestValidator(GiftishowConfig config) {
        this.config = config;
    }

    /** Checks the common parameters of every call ("API관련 사항" 1 and 부록 1 COMMON codes). */
    void authenticate(GiftishowForm form, GiftishowOperation operation) {
        String key = form.optional("custom_auth_code").orElseThrow(() -> new GiftishowException(GiftishowCode.E0011));
        String token =
                form.optional("custom_auth_token").orElseThrow(() -> new GiftishowException(GiftishowCode.E0012));
        if (!key.equals(config.authCode())) {
            throw new GiftishowException(GiftishowCode.E0008);
        }
        if (!token.equals(config.authToken())) {
            throw new GiftishowException(GiftishowCode.E0009);
        }
        String devYn = form.optional("dev_yn").orElseThrow(() -> new GiftishowException(GiftishowCode.E0013));
        if ("Y".equalsIgnoreCase(devYn)) {
            // "운영(N)으로만 설정해서 테스트 해야 합니다": the test system is not offered
            throw new GiftishowException(GiftishowCode.ERR0100);
        }
        String apiCode = form.optional("api_code").orElseThrow(() -> new GiftishowException(GiftishowCode.E0002));
        if (!apiCode.equals(operation.apiCode())) {
            throw new GiftishowException(GiftishowCode.E0007);
        }
    }

    /** Checks {@code user_id}: present (ERR0201) and the account's member id (ERR0300). */
    void user(GiftishowForm form) {
        if (!form.required("user_id").equals(config.userId())) {
            throw new GiftishowException(GiftishowCode.ERR0300);
        }
    }

    /** Checks {@code tr_id}: present and at most 25 bytes. */
    String trId(GiftishowForm form) {
        String trId = form.required("tr_id");
        if (trId.getBytes(StandardCharsets.UTF_8).length > TR_ID_MAX_BYTES) {
            throw new GiftishowException(GiftishowCode.ERR0807);
        }
        return trId;
    }

    Paging paging(GiftishowForm form) {
        // giftishow-biz-api.txt §1.4: start defaults to page 1, size to 20
        int start = positive(form.optional("start").orElse("1"), GiftishowCode.PAG0001);
        int size = positive(form.optional("size").orElse("20"), GiftishowCode.PAG0002);
        return new Paging(start, size);
    }

    /** Checks a send request (giftishow-biz-api.txt §8.4) into a command. */
    SendCommand send(GiftishowForm form) {
        String goodsCode = form.required("goods_code");
        String mmsMsg = form.required("mms_msg");
        String mmsTitle = form.required("mms_title");
        String callbackNo = form.required("callback_no");
        String phoneNo = form.required("phone_no");
        String gubunCode = form.required("gubun");
        String trId = trId(form);
        user(form);
        if (mmsTitle.length() > MMS_TITLE_MAX) {
            throw new GiftishowException(GiftishowCode.COUPON_0001);
        }
        if (!PHONE.matcher(phoneNo).matches()) {
            throw new GiftishowException(GiftishowCode.ERR0817);
        }
        if (!CALLBACK.matcher(callbackNo).matches()) {
            throw new GiftishowException(GiftishowCode.COUPON_0010);
        }
        Gubun gubun =
                Gubun.of(gubunCode.toUpperCase()).orElseThrow(() -> new GiftishowException(GiftishowCode.ERR0208));
        LocalDateTime scheduledAt =
                "Y".equalsIgnoreCase(form.optional("rev_info_yn").orElse("N")) ? scheduledAt(form) : null;
        return new SendCommand(
                trId,
                goodsCode,
                gubun,
                phoneNo,
                callbackNo,
                mmsTitle,
                mmsMsg,
                form.optional("order_no").orElse(null),
                form.optional("template_id").orElse(null),
                form.optional("banner_id").orElse(null),
                scheduledAt);
    }

    /** Checks {@code sms_flag} of a resend: Y = SMS, N or absent = MMS (giftishow-biz-api.txt §7.4). */
    boolean smsFlag(GiftishowForm form) {
        String flag = form.optional("sms_flag").orElse("N").toUpperCase();
        if (!flag.equals("Y") && !flag.equals("N")) {
            throw new GiftishowException(GiftishowCode.ERR0201);
        }
        return flag.equals("Y");
    }

    private static LocalDateTime scheduledAt(GiftishowForm form) {
        // giftishow-biz-api.txt §8.4: rev_info_date yyyyMMdd, rev_info_time HHmm
        LocalDate date;
        try {
            date = LocalDate.parse(form.optional("rev_info_date").orElse(""), DATE);
        } catch (DateTimeParseException e) {
            throw new GiftishowException(GiftishowCode.COUPON_0012);
        }
        return date.atTime(time(form.optional("rev_info_time").orElse("")));
    }

    private static LocalTime time(String value) {
        // 부록 1 COUPON.0013 gives "ex.12" (hour only); §8.4 says HHmm: both are accepted
        if (!value.matches("\\d{2}|\\d{4}")) {
            throw new GiftishowException(GiftishowCode.COUPON_0013);
        }
        int hour = Integer.parseInt(value.substring(0, 2));
        int minute = value.length() == 4 ? Integer.parseInt(value.substring(2)) : 0;
        if (hour > 23 || minute > 59) {
            throw new GiftishowException(GiftishowCode.COUPON_0013);
        }
        return LocalTime.of(hour, minute);
    }

    private static int positive(String value, GiftishowCode error) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new GiftishowException(error);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new GiftishowException(error);
        }
    }
}
