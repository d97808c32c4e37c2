package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.events.EventJson;
import io.gifticon.events.PinHash;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class IssueCouponTest {
    private static TopicWatcher couponEvents;

    WireMockServer giftishow;

    @BeforeAll
    static void watchEvents() {
        couponEvents = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);
    }

    @AfterAll
    static void stopWatching() {
        couponEvents.close();
    }

    @Test
    void shouldIssueCouponWithPinAndRelativeLocation() {
        var reply = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Thanks!"))
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("provider", equalTo("giftishow"))
                .body("pin", equalTo(GiftishowStub.PIN))
                .body("providerOrderNo", equalTo("20261122000001"))
                .body("recipientPhone", equalTo("010****5678"))
                .extract();

        assertThat(reply.header("Location")).isEqualTo("/api/v1/coupons/" + reply.path("couponId"));
    }

    @Test
    void shouldPublishRequestedThenIssuedEventsKeyedByCoupon() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Thanks!"))
                .statusCode(201)
                .extract()
                .path("couponId");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> couponEvents.records(r -> couponId.equals(r.key())).size() >= 2);
        var events = couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()))
                .toList();
        assertThat(events).extracting(e -> e.type()).containsExactly("coupon.requested", "coupon.issued");
        var issued = events.get(1);
        assertThat(issued.subject()).isEqualTo(couponId);
        assertThat(issued.source()).isEqualTo("issuance-service");
        assertThat(issued.data().status()).isEqualTo("ISSUED");
        assertThat(issued.data().providerOrderNo()).isEqualTo("20261122000001");
        assertThat(issued.data().recipientPhoneMasked()).isEqualTo("010****5678");
        // the PIN leaves this service only as its keyed hash, for settlement's redemption-log matching
        assertThat(issued.data().pinHash()).isEqualTo(PinHash.of("test-pin-hash-key", GiftishowStub.PIN));
        assertThat(couponEvents.records(r -> couponId.equals(r.key())))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(GiftishowStub.PIN, "01012345678"));
    }

    @Test
    void shouldReturnSameCouponForSameKeyAndBodyWithOneProviderSend() {
        String key = UUID.randomUUID().toString();
        String first = issue(key, body(GiftishowStub.GOODS_OK, "Again"))
                .statusCode(201)
                .extract()
                .path("couponId");

        var second = issue(key, body(GiftishowStub.GOODS_OK, "Again"))
                .statusCode(201)
                .extract();

        assertThat(second.<String>path("couponId")).isEqualTo(first);
        assertThat(sendsFor(second.path("providerTransactionId"))).isEqualTo(1);
    }

    @Test
    void shouldSendOnceWhenDuplicateRequestsArriveTogether() {
        String key = UUID.randomUUID().toString();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<ExtractableResponse<Response>>> calls = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> issue(key, body(GiftishowStub.GOODS_OK, "Race"))
                                    .extract(),
                            pool))
                    .toList();
            var replies = calls.stream().map(CompletableFuture::join).toList();

            String couponId = replies.get(0).path("couponId");
            String trId = replies.get(0).path("providerTransactionId");
            assertThat(replies).extracting(r -> r.statusCode()).allMatch(s -> s == 201 || s == 202);
            assertThat(replies).extracting(r -> r.<String>path("couponId")).containsOnly(couponId);
            assertThat(sendsFor(trId)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        issue(key, body(GiftishowStub.GOODS_OK, "One")).statusCode(201);

        issue(key, body(GiftishowStub.GOODS_OK, "Other"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void shouldListEveryInvalidFieldOfMalformedRequest() {
        issue(UUID.randomUUID().toString(), """
                {"productId":"nope","recipientPhone":"02-1234-5678","delivery":"PIN","title":"","message":"m",
                 "senderPhone":"0212345678"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("status", equalTo(400))
                .body("errors.field", hasItems("productId", "recipientPhone", "title"));

        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("phone_no=02"))))
                .isEmpty();
    }

    @Test
    void shouldRejectUnknownDeliveryAsMalformed() {
        issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "x").replace("\"PIN\"", "\"FAX\""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("delivery"));
    }

    @Test
    void shouldRequireIdempotencyKey() {
        given().contentType(ContentType.JSON)
                .header("X-Client-Id", "acme")
                .body(body(GiftishowStub.GOODS_OK, "NoKey"))
                .post("/api/v1/coupons")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("Idempotency-Key"));

        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("mms_title=NoKey"))))
                .isEmpty();
    }

    @Test
    void shouldRejectGiftishowTitleOverTenCharactersWithoutCallingProvider() {
        int before =
                giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/send"))).size();

        issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Eleven chars"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("provider", equalTo("giftishow"));

        assertThat(giftishow.findAll(postRequestedFor(urlEqualTo("/bizApi/send"))))
                .hasSize(before);
    }

    @Test
    void shouldRecordRefusalAsFailedAndAnswerProblemWithProviderCode() {
        issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_NO_MONEY, "Poor"))
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("INSUFFICIENT_BALANCE"))
                .body("providerCode", equalTo("E0010"))
                .body("retryable", equalTo(false))
                .body("couponId", notNullValue());
    }

    @Test
    void shouldCancelWithSameTrIdAfterSendTimeout() {
        var reply = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_SLOW, "Slow"))
                .statusCode(202)
                .body("status", equalTo("UNKNOWN"))
                .body("pin", nullValue())
                .extract();
        String couponId = reply.path("couponId");
        String trId = reply.path("providerTransactionId");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("X-Client-Id", "acme")
                        .get("/api/v1/coupons/" + couponId)
                        .then()
                        .extract()
                        .<String>path("status")
                        .equals("CANCELLED"));
        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/cancel")).withRequestBody(containing("tr_id=" + trId))))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> couponEvents.records(r -> couponId.equals(r.key())).size() >= 3);
        assertThat(couponEvents.records(r -> couponId.equals(r.key())))
                .extracting(r -> EventJson.readCouponEvent(r.value()).type())
                .containsExactly("coupon.requested", "coupon.unknown", "coupon.cancelled");
    }

    @Test
    void shouldShowPinOnlyToCouponsReadScope() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Scoped"))
                .statusCode(201)
                .extract()
                .path("couponId");

        given().header("X-Client-Id", "acme")
                .header("X-Client-Scopes", "coupons:write")
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("pin", nullValue());
        given().header("X-Client-Id", "acme")
                .header("X-Client-Scopes", "coupons:read coupons:write")
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .body("pin", equalTo(GiftishowStub.PIN));
    }

    @Test
    void shouldHideOtherClientsCoupons() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Mine"))
                .statusCode(201)
                .extract()
                .path("couponId");

        given().header("X-Client-Id", "someone-else")
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("COUPON_NOT_FOUND"));
    }

    private int sendsFor(String trId) {
        return giftishow
                .findAll(postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("tr_id=" + trId)))
                .size();
    }
}
