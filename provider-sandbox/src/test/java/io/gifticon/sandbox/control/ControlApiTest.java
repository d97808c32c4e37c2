package io.gifticon.sandbox.control;

import static io.gifticon.sandbox.support.GiftishowCalls.INITIAL_BALANCE;
import static io.gifticon.sandbox.support.GiftishowCalls.addFault;
import static io.gifticon.sandbox.support.GiftishowCalls.balance;
import static io.gifticon.sandbox.support.GiftishowCalls.cancel;
import static io.gifticon.sandbox.support.GiftishowCalls.couponState;
import static io.gifticon.sandbox.support.GiftishowCalls.form;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.GiftishowCalls.send;
import static io.gifticon.sandbox.support.GiftishowCalls.sendForm;
import static io.gifticon.sandbox.support.GiftishowCalls.setBalance;
import static io.gifticon.sandbox.support.GiftishowCalls.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ControlApiTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldCountCallsPerOperationIncludingRefusedOnes() {
        send(sendForm("svc_count_1"));
        send(sendForm("svc_count_1"));
        send(with(sendForm("svc_count_2"), "custom_auth_code", "wrong"));
        cancel("svc_count_1");

        given().get("/sandbox/giftishow/calls")
                .then()
                .statusCode(200)
                .body("send", equalTo(3))
                .body("cancel", equalTo(1))
                .body("coupons", equalTo(0));
        given().get("/sandbox/giftishow/calls/send").then().body("count", equalTo(3));
    }

    @Test
    void shouldCountFaultedCalls() {
        addFault(Map.of("provider", "giftishow", "operation", "send", "httpStatus", 503));

        form(sendForm("svc_count_3")).post("/giftishow/bizApi/send").then().statusCode(503);

        given().get("/sandbox/giftishow/calls/send").then().body("count", equalTo(1));
    }

    @Test
    void shouldShowFullCouponState() {
        send(sendForm("svc_state_1"));

        couponState("svc_state_1")
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("pinStatusCd", equalTo("01"))
                .body("pinNo", matchesPattern("\\d{12}"))
                .body("price", equalTo(4230));
    }

    @Test
    void shouldListEveryIssuedCouponWithItsStateCancelledOnesIncluded() {
        send(sendForm("svc_list_2"));
        send(sendForm("svc_list_1"));
        cancel("svc_list_2");

        given().get("/sandbox/giftishow/coupons")
                .then()
                .statusCode(200)
                .body("trId", contains("svc_list_1", "svc_list_2"))
                .body("status", contains("ISSUED", "CANCELLED"))
                .body("price", contains(4230, 4230));
    }

    @Test
    void shouldResetCouponsBalanceCountersAndFaults() {
        send(sendForm("svc_reset_1"));
        setBalance(1);
        addFault(Map.of("provider", "giftishow", "httpStatus", 500));

        resetSandbox();

        couponState("svc_reset_1").statusCode(404);
        assertThat(balance()).isEqualTo(INITIAL_BALANCE);
        given().get("/sandbox/giftishow/calls/send").then().body("count", equalTo(0));
        given().get("/sandbox/faults").then().body("", hasSize(0));
    }

    @Test
    void shouldSetBizmoneyBalance() {
        setBalance(12_345);

        assertThat(balance()).isEqualTo(12_345);
    }

    @Test
    void shouldRejectNegativeBizmoneyBalance() {
        given().contentType("application/json")
                .body(Map.of("balance", -1))
                .put("/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldServeCouponImageOfGubunICoupon() {
        String url = send(with(sendForm("svc_image_1"), "gubun", "I")).extract().path("result.result.couponImgUrl");
        String path = url.substring(url.indexOf("/giftishow/"));

        given().get(path).then().statusCode(200).contentType("image/svg+xml");
    }

    @Test
    void shouldAnswerProblemJsonForUnknownCoupon() {
        couponState("svc_unknown")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldRefuseToRedeemCancelledCouponWithConflict() {
        send(sendForm("svc_redeem_1"));
        cancel("svc_redeem_1");

        given().post("/sandbox/giftishow/coupons/svc_redeem_1/redeem").then().statusCode(409);
    }
}
