package io.gifticon.issuance;

import static io.gifticon.issuance.CouponRequests.CLIENT;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Giftishow and GiftLetter through the provider sandbox (real protocol, state and faults). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SandboxResource.class)
@WithTestResource(CatalogStub.class)
class SandboxProvidersTest {
    /** The sandbox's fixed Giftishow product (스타벅스 카페 아메리카노 T, 4,230 won to us). */
    private static final String GIFTISHOW_GOODS = "G00000280811";
    /** GiftLetter's example product in its document, built into the sandbox ([GS25] 모바일상품권 1만원). */
    private static final String GIFTLETTER_GOODS = "0000000582";

    private static TopicWatcher couponEvents;

    SandboxResource.Sandbox sandbox;

    @BeforeAll
    static void watchEvents() {
        couponEvents = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);
    }

    @AfterAll
    static void stopWatching() {
        couponEvents.close();
    }

    @BeforeEach
    void clearFaults() {
        given().delete(sandbox.url() + "/sandbox/faults").then().statusCode(204);
    }

    @Test
    void shouldCancelWithSameTrIdAndRestoreBizmoneyWhenGiftishowDropsSendReply() {
        long before = bizmoney();
        fault("giftishow", "send");

        var reply = issue(UUID.randomUUID().toString(), body("giftishow:" + GIFTISHOW_GOODS, "Lost", "PIN"))
                .statusCode(202)
                .body("status", equalTo("UNKNOWN"))
                .body("pin", nullValue())
                .extract();
        clearFaults();
        String couponId = reply.path("couponId");
        String trId = reply.path("providerTransactionId");

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(statusOf(couponId)));
        // the sandbox had issued the coupon (only the reply was lost); giftishow-biz-api.txt §8: cancelled with the
        // same tr_id, and the money is back
        given().get(sandbox.url() + "/sandbox/giftishow/coupons/" + trId)
                .then()
                .statusCode(200)
                .body("pinStatusCd", equalTo("07"));
        assertThat(bizmoney()).isEqualTo(before);
        assertThat(eventTypes(couponId, 3)).containsExactly("coupon.requested", "coupon.unknown", "coupon.cancelled");
    }

    @Test
    void shouldIssueResendAndCancelGiftLetterCouponByOrderId() {
        var reply = issue(UUID.randomUUID().toString(), body("giftletter:" + GIFTLETTER_GOODS, "GS25 상품권", "PIN"))
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("provider", equalTo("giftletter"))
                .body("pin", notNullValue())
                .body("providerOrderNo", startsWith("GL"))
                .extract();
        String couponId = reply.path("couponId");
        String coTid = reply.path("providerTransactionId");
        String orderId = reply.path("providerOrderNo");
        assertThat(coTid).hasSizeLessThanOrEqualTo(30);
        // the PIN the provider holds under our co_tid is the one we returned
        given().get(sandbox.url() + "/sandbox/giftletter/coupons/" + orderId)
                .then()
                .statusCode(200)
                .body("coTid", equalTo(coTid))
                .body("epin", equalTo(reply.path("pin")))
                .body("state", equalTo("UNUSED"));

        given().contentType(ContentType.JSON)
                .header("X-Client-Id", CLIENT)
                .body("{\"channel\":\"SMS\"}")
                .post("/api/v1/coupons/" + couponId + "/resend")
                .then()
                .statusCode(200);
        given().header("X-Client-Id", CLIENT)
                .get("/api/v1/coupons/" + couponId + "?refresh=true")
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));
        given().header("X-Client-Id", CLIENT)
                .post("/api/v1/coupons/" + couponId + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        given().get(sandbox.url() + "/sandbox/giftletter/coupons/" + orderId)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("resendCount", equalTo(1));
        assertThat(eventTypes(couponId, 4))
                .containsExactly("coupon.requested", "coupon.issued", "coupon.resent", "coupon.cancelled");
    }

    @Test
    void shouldRecordGiftLetterRedemptionOnRefresh() {
        var reply = issue(UUID.randomUUID().toString(), body("giftletter:" + GIFTLETTER_GOODS, "GS25 상품권", "MMS"))
                .statusCode(201)
                .extract();
        String couponId = reply.path("couponId");
        given().contentType(ContentType.JSON)
                .body("{\"branch\":\"강남점\"}")
                .post(sandbox.url() + "/sandbox/giftletter/coupons/" + reply.path("providerOrderNo") + "/use")
                .then()
                .statusCode(200);

        given().header("X-Client-Id", CLIENT)
                .get("/api/v1/coupons/" + couponId + "?refresh=true")
                .then()
                .statusCode(200)
                .body("status", equalTo("REDEEMED"));
        assertThat(eventTypes(couponId, 3)).containsExactly("coupon.requested", "coupon.issued", "coupon.redeemed");
    }

    @Test
    void shouldEndGiftLetterSendWithoutReplyUnresolvableInsteadOfUnknownForever() {
        long sendsBefore = giftLetterCalls("SendEPin");
        long cancelsBefore = giftLetterCalls("CancelSendEPin");
        fault("giftletter", "SendEPin");

        String couponId = issue(UUID.randomUUID().toString(), body("giftletter:" + GIFTLETTER_GOODS, "GS25 상품권", "PIN"))
                .statusCode(202)
                .body("status", equalTo("UNKNOWN"))
                .extract()
                .path("couponId");
        clearFaults();

        await().atMost(Duration.ofSeconds(30)).until(() -> "UNRESOLVABLE".equals(statusOf(couponId)));
        assertThat(eventTypes(couponId, 3))
                .containsExactly("coupon.requested", "coupon.unknown", "coupon.unresolvable");
        // one send, never repeated (a repeat could be a second PIN); nothing to cancel without GiftLetter's order id
        assertThat(giftLetterCalls("SendEPin")).isEqualTo(sendsBefore + 1);
        assertThat(giftLetterCalls("CancelSendEPin")).isEqualTo(cancelsBefore);
    }

    private void fault(String provider, String operation) {
        given().contentType(ContentType.JSON)
                .body("{\"provider\":\"%s\",\"operation\":\"%s\",\"dropReplyAfterProcessing\":true}"
                        .formatted(provider, operation))
                .post(sandbox.url() + "/sandbox/faults")
                .then()
                .statusCode(201);
    }

    private long bizmoney() {
        return given().get(sandbox.url() + "/sandbox/giftishow/bizmoney")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("balance")
                .longValue();
    }

    private long giftLetterCalls(String call) {
        return given().get(sandbox.url() + "/sandbox/giftletter/calls")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path(call)
                .longValue();
    }

    private static String statusOf(String couponId) {
        return given().header("X-Client-Id", CLIENT)
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static List<String> eventTypes(String couponId, int atLeast) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> couponEvents.records(r -> couponId.equals(r.key())).size() >= atLeast);
        return couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()).type())
                .toList();
    }

    private static String body(String productId, String title, String delivery) {
        return """
                {"productId":"%s","recipientPhone":"01012345678","delivery":"%s","title":"%s",
                 "message":"A coffee on us","senderPhone":"0212345678"}""".formatted(productId, delivery, title);
    }
}
