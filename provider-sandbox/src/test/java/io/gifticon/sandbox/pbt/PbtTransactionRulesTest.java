package io.gifticon.sandbox.pbt;

import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.PbtCalls.DEMO_MEMBER;
import static io.gifticon.sandbox.support.PbtCalls.approve;
import static io.gifticon.sandbox.support.PbtCalls.cancel;
import static io.gifticon.sandbox.support.PbtCalls.confirm;
import static io.gifticon.sandbox.support.PbtCalls.connect;
import static io.gifticon.sandbox.support.PbtCalls.connection;
import static io.gifticon.sandbox.support.PbtCalls.couponConnection;
import static io.gifticon.sandbox.support.PbtCalls.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PbtTransactionRulesTest {

    private static final String TX = "sandbox-tx-0000000001";

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldAnswerPointRedeemWithTheRedeemedPoints() {
        connect(connection("POINT_REDEEM", TX, 7000));

        approve(TX, "POINT_REDEEM", Map.of("memberInput", DEMO_MEMBER, "amount", 3500))
                .body("status", equalTo("200"))
                .body("data.supportMode", equalTo("POINT_REDEEM"))
                .body("data.transactionID", equalTo(TX))
                .body("data.pointRedeem", equalTo(3500));
    }

    @Test
    void shouldRefuseRedeemingMoreThanThePayAmount() {
        connect(connection("POINT_REDEEM", TX, 3000));

        approve(TX, "POINT_REDEEM", Map.of("memberInput", DEMO_MEMBER, "amount", 3500))
                .body("data.errorCode", equalTo(100010004));
    }

    @Test
    void shouldAnswerCouponDiscountAndExchangeableItemCodes() {
        connect(couponConnection(TX));

        approve(TX, "COUPON", Map.of("memberInput", DEMO_MEMBER, "couponId", "EX-KD101111"))
                .body("data.couponDiscountPrice", equalTo("3000"))
                .body("data.couponItemCodes", contains("KD101111"));
    }

    @Test
    void shouldReplyUserCancelAndTimeoutCodes() {
        connect(connection("PREPAID", TX, 15000));

        post("/transactions/" + TX + "/PREPAID/abort?reason=cancel", Map.of())
                .body("status", equalTo("400"))
                .body("data.errorCode", equalTo(100050001));
        post("/transactions/" + TX + "/PREPAID/abort?reason=timeout", Map.of())
                .body("data.errorCode", equalTo(100050002));
        given().get("/sandbox/pbt/transactions/" + TX).then().body("parts[0].state", equalTo("ABORTED"));
    }

    @Test
    void shouldConfirmApprovedPartAndRefuseSecondConfirm() {
        connect(connection("POINT_EARN", TX, 5000));
        approve(TX, "POINT_EARN", Map.of("memberInput", DEMO_MEMBER)).body("data.pointEarn", equalTo(250));

        post("/confirm", confirm(TX, "POINT_EARN"))
                .body("status", equalTo("200"))
                .body("data.transactionID", equalTo(TX));
        post("/confirm", confirm(TX, "POINT_EARN")).body("data.errorCode", equalTo(300020012));
        given().get("/sandbox/pbt/transactions/" + TX)
                .then()
                .body("state", equalTo("CONFIRMED"))
                .body("parts[0].state", equalTo("CONFIRMED"));
    }

    @Test
    void shouldRefuseConfirmingAPartThatWasNotApproved() {
        connect(connection("POINT_REDEEM", TX, 7000));

        post("/confirm", confirm(TX, "POINT_REDEEM")).body("data.errorCode", equalTo(300020012));
    }

    @Test
    void shouldRefuseConfirmAndCancelOfUnknownTransactionId() {
        post("/confirm", confirm("unknown-transaction-01", "POINT_EARN")).body("data.errorCode", equalTo(100010003));
        post("/cancel", cancel("unknown-transaction-01")).body("data.errorCode", equalTo(100010003));
    }

    @Test
    void shouldReverseConfirmedTransactionOnCancel() {
        connect(connection("PREPAID", TX, 8500));
        approve(TX, "PREPAID", Map.of("memberInput", "1234567890123456"));
        post("/confirm", confirm(TX, "PREPAID"));

        post("/cancel", cancel(TX))
                .body("status", equalTo("200"))
                .body("data.transactionID", equalTo(TX))
                .body("data.pointRedeemCanceledNum", equalTo(0))
                .body("data.pointEarnCanceledNum", equalTo(0))
                .body("data.couponCanceledID", nullValue())
                .body("data.couponCanceledName", nullValue())
                .body("data.prepaidCanceledNum", equalTo(8500));
        post("/cancel", cancel(TX)).body("data.errorCode", equalTo(300020011));
    }

    @Test
    void shouldRefuseConfirmWithoutPaymentList() {
        connect(connection("POINT_EARN", TX, 5000));
        approve(TX, "POINT_EARN", Map.of("memberInput", DEMO_MEMBER));
        Map<String, Object> data = confirm(TX, "POINT_EARN");
        data.remove("paymentList");

        post("/confirm", data).body("data.errorCode", equalTo(100020005));
    }
}
