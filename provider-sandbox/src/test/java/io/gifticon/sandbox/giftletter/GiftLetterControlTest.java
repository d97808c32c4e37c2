package io.gifticon.sandbox.giftletter;

import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.cancel;
import static io.gifticon.sandbox.support.GiftLetterCalls.issue;
import static io.gifticon.sandbox.support.GiftLetterCalls.sendEPin;
import static io.gifticon.sandbox.support.GiftLetterCalls.sendQuery;
import static io.gifticon.sandbox.support.GiftLetterCalls.status;
import static io.gifticon.sandbox.support.GiftishowCalls.addFault;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftLetterControlTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldCountCallsByTheDocumentsCallNames() {
        String orderId = issue(GS25_10000, "co-ctl-1");
        status(orderId);
        status(orderId);

        given().get("/sandbox/giftletter/calls")
                .then()
                .statusCode(200)
                .body("SendEPin", equalTo(1))
                .body("StatusSendEPin", equalTo(2))
                .body("CancelSendEPin", equalTo(0));
    }

    @Test
    void shouldRefuseUseOfCancelledPinWith409() {
        String orderId = issue(GS25_10000, "co-ctl-2");
        cancel(orderId);

        given().contentType(ContentType.JSON)
                .body(Map.of("branch", "강남점"))
                .post("/sandbox/giftletter/coupons/" + orderId + "/use")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldInjectProviderCodeIntoSendEPinWithoutIssuing() {
        addFault(Map.of("provider", "giftletter", "operation", "SendEPin", "errorCode", "E311"));

        sendEPin(sendQuery(GS25_10000, "co-ctl-3"))
                .body("rstCode", equalTo("E311"))
                .body("rstMsg", equalTo("EPIN 생성실패"));
    }

    @Test
    void shouldRefuseFaultForUnknownGiftLetterOperation() {
        given().contentType(ContentType.JSON)
                .body(Map.of("provider", "giftletter", "operation", "send"))
                .post("/sandbox/faults")
                .then()
                .statusCode(400);
    }
}
