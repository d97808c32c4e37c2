package io.gifticon.sandbox.fault;

import static io.gifticon.sandbox.support.GiftishowCalls.AMERICANO_PRICE;
import static io.gifticon.sandbox.support.GiftishowCalls.INITIAL_BALANCE;
import static io.gifticon.sandbox.support.GiftishowCalls.addFault;
import static io.gifticon.sandbox.support.GiftishowCalls.balance;
import static io.gifticon.sandbox.support.GiftishowCalls.couponState;
import static io.gifticon.sandbox.support.GiftishowCalls.form;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.gifticon.sandbox.support.GiftishowCalls.send;
import static io.gifticon.sandbox.support.GiftishowCalls.sendForm;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaultInjectionTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldAnswerInjectedHttpStatusWithoutSending() {
        addFault(fault("send", Map.of("httpStatus", 503)));

        form(sendForm("svc_fault_503")).post("/giftishow/bizApi/send").then().statusCode(503);

        couponState("svc_fault_503").statusCode(404);
        assertThat(balance()).isEqualTo(INITIAL_BALANCE);
    }

    @Test
    void shouldAnswerInjectedErrorCodeWithoutSending() {
        addFault(fault("send", Map.of("errorCode", "ERR0999")));

        send(sendForm("svc_fault_code")).body("code", equalTo("ERR0999")).body("message", equalTo("쿠폰발송오류"));

        couponState("svc_fault_code").statusCode(404);
    }

    @Test
    void shouldIssueCouponButLoseReplyWhenDropReplyAfterProcessing() {
        addFault(fault("send", Map.of("dropReplyAfterProcessing", true)));
        RestAssuredConfig oneSecond = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 1000));

        assertThatThrownBy(
                        () -> form(sendForm("svc_fault_lost")).config(oneSecond).post("/giftishow/bizApi/send"))
                .isInstanceOf(SocketTimeoutException.class);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> couponState("svc_fault_lost").statusCode(200).body("pinStatusCd", equalTo("01")));
        assertThat(balance()).isEqualTo(INITIAL_BALANCE - AMERICANO_PRICE);
    }

    @Test
    void shouldDelayReplyByInjectedLatency() {
        addFault(fault("bizmoney", Map.of("latencyMs", 600)));
        Map<String, String> bizmoney = new HashMap<>(io.gifticon.sandbox.support.GiftishowCalls.auth("0301"));
        bizmoney.put("user_id", "sandbox-user");

        long started = System.nanoTime();
        form(bizmoney).post("/giftishow/bizApi/bizmoney").then().statusCode(200).body("code", equalTo("0000"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void shouldNotInjectFaultWithProbabilityZero() {
        addFault(fault("send", Map.of("httpStatus", 503, "probability", 0.0)));

        send(sendForm("svc_fault_never")).body("code", equalTo("0000"));
    }

    @Test
    void shouldStopInjectingOnceTheFaultIsDeleted() {
        String id = addFault(fault("send", Map.of("httpStatus", 503)));

        given().delete("/sandbox/faults/{id}", id).then().statusCode(204);

        send(sendForm("svc_fault_deleted")).body("code", equalTo("0000"));
        given().get("/sandbox/faults").then().body("", hasSize(0));
    }

    @Test
    void shouldRejectFaultForUnknownOperation() {
        given().contentType(ContentType.JSON)
                .body(Map.of("provider", "giftishow", "operation", "teleport"))
                .post("/sandbox/faults")
                .then()
                .statusCode(400);
    }

    private static Map<String, Object> fault(String operation, Map<String, Object> settings) {
        Map<String, Object> fault = new HashMap<>(settings);
        fault.put("provider", "giftishow");
        fault.put("operation", operation);
        return fault;
    }
}
