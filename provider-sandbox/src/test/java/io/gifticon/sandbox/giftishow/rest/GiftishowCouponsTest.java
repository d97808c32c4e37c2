package io.gifticon.sandbox.giftishow.rest;

import static io.gifticon.sandbox.support.GiftishowCalls.AMERICANO;
import static io.gifticon.sandbox.support.GiftishowCalls.USER_ID;
import static io.gifticon.sandbox.support.GiftishowCalls.auth;
import static io.gifticon.sandbox.support.GiftishowCalls.cancel;
import static io.gifticon.sandbox.support.GiftishowCalls.couponsForm;
import static io.gifticon.sandbox.support.GiftishowCalls.post;
import static io.gifticon.sandbox.support.GiftishowCalls.redeem;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.GiftishowCalls.send;
import static io.gifticon.sandbox.support.GiftishowCalls.sendForm;
import static io.gifticon.sandbox.support.GiftishowCalls.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftishowCouponsTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldDescribeIssuedCouponWithPinStatus01() {
        send(sendForm("svc_info_1"));

        post("coupons", couponsForm("svc_info_1"))
                .body("code", equalTo("0000"))
                .body("result[0].resCode", equalTo("0000"))
                .body("result[0].couponInfoList[0].goodsCd", equalTo(AMERICANO))
                .body("result[0].couponInfoList[0].pinStatusCd", equalTo("01"))
                .body("result[0].couponInfoList[0].sellPriceAmt", equalTo("4230"))
                .body("result[0].couponInfoList[0].cnsMPriceAmt", equalTo("4500"))
                .body("result[0].couponInfoList[0].recverTelNo", equalTo("01012345678"))
                .body("result[0].couponInfoList[0].validPrdEndDt", matchesPattern("\\d{8}235959"));
    }

    @Test
    void shouldShowPinStatus02AfterRedeem() {
        send(sendForm("svc_info_2"));
        redeem("svc_info_2");

        post("coupons", couponsForm("svc_info_2"))
                .body("result[0].couponInfoList[0].pinStatusCd", equalTo("02"))
                .body("result[0].couponInfoList[0].pinStatusNm", equalTo("교환(사용완료)"));
    }

    @Test
    void shouldShowPinStatus07AfterCancel() {
        send(sendForm("svc_info_3"));
        cancel("svc_info_3");

        post("coupons", couponsForm("svc_info_3")).body("result[0].couponInfoList[0].pinStatusCd", equalTo("07"));
    }

    @Test
    void shouldRefuseUnknownTrIdWithCoupon0004() {
        post("coupons", couponsForm("svc_unknown")).body("code", equalTo("COUPON.0004"));
    }

    @Test
    void shouldResendIssuedCoupon() {
        send(sendForm("svc_resend_1"));

        post("resend", resendForm("svc_resend_1")).body("code", equalTo("0000")).body("result", nullValue());
    }

    @Test
    void shouldRefuseResendOfCancelledCouponWithCoupon0009() {
        send(sendForm("svc_resend_2"));
        cancel("svc_resend_2");

        post("resend", resendForm("svc_resend_2")).body("code", equalTo("COUPON.0009"));
    }

    @Test
    void shouldReportBizmoneyBalanceAsString() {
        post("bizmoney", with(auth("0301"), "user_id", USER_ID))
                .body("code", equalTo("0000"))
                .body("message", equalTo(""))
                .body("balance", equalTo("10000000"));
    }

    @Test
    void shouldRefuseBizmoneyForAnotherUserWithErr0300() {
        post("bizmoney", with(auth("0301"), "user_id", "someone-else")).body("code", equalTo("ERR0300"));
    }

    private static Map<String, String> resendForm(String trId) {
        return with(with(with(auth("0203"), "tr_id", trId), "user_id", USER_ID), "sms_flag", "Y");
    }
}
