package io.gifticon.sandbox.coufun;

import static io.gifticon.sandbox.support.CoufunCalls.GOODS_ID;
import static io.gifticon.sandbox.support.CoufunCalls.POC_ID;
import static io.gifticon.sandbox.support.CoufunCalls.cancel;
import static io.gifticon.sandbox.support.CoufunCalls.element;
import static io.gifticon.sandbox.support.CoufunCalls.register;
import static io.gifticon.sandbox.support.CoufunCalls.resultCode;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoufunControlTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldInjectIpNotRegisteredCodeWithItsKoreanMessage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("provider", "coufun", "operation", "coufunPartCancel", "errorCode", "01"))
                .post("/sandbox/faults")
                .then()
                .statusCode(201);

        Response reply = cancel(POC_ID, GOODS_ID, "ANY0001");

        assertThat(resultCode(reply)).isEqualTo("01");
        assertThat(element(reply, "RESULT_MSG")).isEqualTo("IP 오류");
    }

    @Test
    void shouldCountCancelCalls() {
        cancel(POC_ID, GOODS_ID, "ANY0002");

        given().get("/sandbox/coufun/calls").then().body("coufunPartCancel", equalTo(1));
    }

    @Test
    void shouldRefuseRegisteringTheSameBarcodeTwice() {
        register(GOODS_ID, "DUP0001");

        given().contentType(ContentType.JSON)
                .body(Map.of("goodsId", GOODS_ID, "barcode", "DUP0001"))
                .post("/sandbox/coufun/coupons")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldForgetCouponsOnReset() {
        register(GOODS_ID, "RESET0001");

        resetSandbox();

        given().get("/sandbox/coufun/coupons/RESET0001").then().statusCode(404);
    }
}
