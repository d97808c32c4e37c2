package io.gifticon.sandbox.giftishow.rest;

import static io.gifticon.sandbox.support.GiftishowCalls.INITIAL_BALANCE;
import static io.gifticon.sandbox.support.GiftishowCalls.balance;
import static io.gifticon.sandbox.support.GiftishowCalls.cancel;
import static io.gifticon.sandbox.support.GiftishowCalls.redeem;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.GiftishowCalls.send;
import static io.gifticon.sandbox.support.GiftishowCalls.sendForm;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftishowCancelTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldCreditBizmoneyBackOnCancel() {
        send(sendForm("svc_cancel_1"));

        cancel("svc_cancel_1").body("code", equalTo("0000")).body("message", equalTo("정상처리 되었습니다."));

        assertThat(balance()).isEqualTo(INITIAL_BALANCE);
    }

    @Test
    void shouldAnswerAlreadyCancelledWithErr0808OnSecondCancel() {
        send(sendForm("svc_cancel_2"));
        cancel("svc_cancel_2");

        cancel("svc_cancel_2").body("code", equalTo("ERR0808"));

        assertThat(balance()).isEqualTo(INITIAL_BALANCE);
    }

    @Test
    void shouldRefuseCancelOfRedeemedCouponWithCoupon0007() {
        send(sendForm("svc_cancel_3"));
        redeem("svc_cancel_3");

        cancel("svc_cancel_3").body("code", equalTo("COUPON.0007"));
    }

    @Test
    void shouldRefuseCancelAfterSevenDaysWithCoupon0006() {
        send(sendForm("svc_cancel_4"));
        given().queryParam("days", 8)
                .post("/sandbox/giftishow/coupons/svc_cancel_4/backdate")
                .then()
                .statusCode(200);

        cancel("svc_cancel_4").body("code", equalTo("COUPON.0006"));
    }

    @Test
    void shouldRefuseCancelOfUnknownTrIdWithCoupon0004() {
        cancel("svc_never_sent").body("code", equalTo("COUPON.0004"));
    }
}
