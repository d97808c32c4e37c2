package io.gifticon.sandbox.giftishow.rest;

import static io.gifticon.sandbox.support.GiftishowCalls.AMERICANO_PRICE;
import static io.gifticon.sandbox.support.GiftishowCalls.INITIAL_BALANCE;
import static io.gifticon.sandbox.support.GiftishowCalls.SUSPENDED;
import static io.gifticon.sandbox.support.GiftishowCalls.balance;
import static io.gifticon.sandbox.support.GiftishowCalls.couponState;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.GiftishowCalls.send;
import static io.gifticon.sandbox.support.GiftishowCalls.sendForm;
import static io.gifticon.sandbox.support.GiftishowCalls.setBalance;
import static io.gifticon.sandbox.support.GiftishowCalls.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftishowSendTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldReturnNestedReplyWithTwelveDigitPinAndDebitBizmoneyForGubunY() {
        JsonPath reply = send(sendForm("svc_20250101_00000001"))
                .body("code", equalTo("0000"))
                .body("message", nullValue())
                .body("result.code", equalTo("0000"))
                .body("result.message", nullValue())
                .body("result.result.orderNo", matchesPattern("\\d{14}"))
                .body("result.result.pinNo", matchesPattern("\\d{12}"))
                .body("result.result", not(org.hamcrest.Matchers.hasKey("couponImgUrl")))
                .extract()
                .jsonPath();

        String today = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(reply.getString("result.result.orderNo")).startsWith(today);
        assertThat(balance()).isEqualTo(INITIAL_BALANCE - AMERICANO_PRICE);
    }

    @Test
    void shouldReturnOnlyOrderNoForGubunN() {
        send(with(sendForm("svc_mms_1"), "gubun", "N"))
                .body("code", equalTo("0000"))
                .body("result.result.orderNo", matchesPattern("\\d{14}"))
                .body("result.result", not(org.hamcrest.Matchers.hasKey("pinNo")));
    }

    @Test
    void shouldReturnPinAndCouponImageUrlForGubunI() {
        send(with(sendForm("svc_img_1"), "gubun", "I"))
                .body("result.result.pinNo", matchesPattern("\\d{12}"))
                .body("result.result.couponImgUrl", startsWith("http"));
    }

    @Test
    void shouldRefuseDuplicateTrIdWithErr0215WithoutSecondDebit() {
        send(sendForm("svc_dup_1")).body("code", equalTo("0000"));

        send(sendForm("svc_dup_1")).body("code", equalTo("ERR0215")).body("result", nullValue());

        assertThat(balance()).isEqualTo(INITIAL_BALANCE - AMERICANO_PRICE);
    }

    @Test
    void shouldRefuseWrongAuthKeyWithE0008() {
        send(with(sendForm("svc_auth_1"), "custom_auth_code", "wrong-key")).body("code", equalTo("E0008"));
    }

    @Test
    void shouldRefuseWrongAuthTokenWithE0009() {
        send(with(sendForm("svc_auth_2"), "custom_auth_token", "wrong-token")).body("code", equalTo("E0009"));
    }

    @Test
    void shouldRefuseMissingAuthKeyWithE0011() {
        send(with(sendForm("svc_auth_3"), "custom_auth_code", null)).body("code", equalTo("E0011"));
    }

    @Test
    void shouldRefuseApiCodeOfAnotherOperationWithE0007() {
        send(with(sendForm("svc_auth_4"), "api_code", "0202")).body("code", equalTo("E0007"));
    }

    @Test
    void shouldRefuseMmsTitleOfElevenCharactersWithCoupon0001() {
        send(with(sendForm("svc_title_1"), "mms_title", "가나다라마바사아자차카")).body("code", equalTo("COUPON.0001"));

        couponState("svc_title_1").statusCode(404);
    }

    @Test
    void shouldAcceptMmsTitleOfTenCharacters() {
        send(with(sendForm("svc_title_2"), "mms_title", "가나다라마바사아자차")).body("code", equalTo("0000"));
    }

    @Test
    void shouldRefuseSendWithE0010WhenBizmoneyIsShort() {
        setBalance(AMERICANO_PRICE - 1);

        send(sendForm("svc_money_1")).body("code", equalTo("E0010"));

        assertThat(balance()).isEqualTo(AMERICANO_PRICE - 1);
        couponState("svc_money_1").statusCode(404);
    }

    @Test
    void shouldRefuseTrIdLongerThan25CharactersWithErr0807() {
        send(sendForm("service_20190814_123456789")).body("code", equalTo("ERR0807"));
    }

    @Test
    void shouldRefusePhoneNumberWithDashesWithErr0817() {
        send(with(sendForm("svc_phone_1"), "phone_no", "010-1234-5678")).body("code", equalTo("ERR0817"));
    }

    @Test
    void shouldRefuseMissingRequiredParameterWithErr0201() {
        send(with(sendForm("svc_req_1"), "mms_msg", null)).body("code", equalTo("ERR0201"));
    }

    @Test
    void shouldRefuseUnknownGoodsWithCoupon0011() {
        send(with(sendForm("svc_goods_1"), "goods_code", "G99999999999")).body("code", equalTo("COUPON.0011"));
    }

    @Test
    void shouldRefuseSuspendedGoodsWithErr0401() {
        send(with(sendForm("svc_goods_2"), "goods_code", SUSPENDED)).body("code", equalTo("ERR0401"));
    }

    @Test
    void shouldRefuseScheduledSendLessThanFiveMinutesAheadWithCoupon0014() {
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusMinutes(1);
        Map<String, String> form = with(
                with(
                        with(sendForm("svc_rev_1"), "rev_info_yn", "Y"),
                        "rev_info_date",
                        soon.format(DateTimeFormatter.BASIC_ISO_DATE)),
                "rev_info_time",
                soon.format(DateTimeFormatter.ofPattern("HHmm")));

        send(form).body("code", equalTo("COUPON.0014"));
    }

    @Test
    void shouldAcceptScheduledSendOneDayAhead() {
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(1);
        Map<String, String> form = with(
                with(
                        with(sendForm("svc_rev_2"), "rev_info_yn", "Y"),
                        "rev_info_date",
                        tomorrow.format(DateTimeFormatter.BASIC_ISO_DATE)),
                "rev_info_time",
                "1030");

        send(form).body("code", equalTo("0000"));
    }
}
