package io.gifticon.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.TopicWatcher;
import io.gifticon.web.internal.InternalAuth;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first vertical slice, end to end: a client calls the gateway with an API key; the gateway forwards to the
 * issuance service, which stores the coupon in PostgreSQL and sends it through the Giftishow protocol to the
 * provider sandbox; the coupon becomes ISSUED and {@code coupon.issued} reaches the real Kafka topic. Every app is
 * its packaged jar in its own process.
 */
@ExtendWith(Platform.Shared.class)
class CouponEndToEndIT {
    private static final String DEMO_KEY = Platform.DEMO_KEY;
    private static AppProcess sandbox;
    private static AppProcess gateway;
    private static TopicWatcher couponEvents;

    @BeforeAll
    static void watch(Platform platform) {
        sandbox = platform.sandbox;
        gateway = platform.gateway;
        couponEvents = topicWatcher();
    }

    /** The broker's metadata can take longer than the watcher waits on a loaded machine: a few tries. */
    private static TopicWatcher topicWatcher() {
        for (int attempt = 1; ; attempt++) {
            try {
                return new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @AfterAll
    static void stopWatching() {
        if (couponEvents != null) {
            couponEvents.close();
        }
    }

    @Test
    void shouldIssueCouponThroughGatewayAndPublishIssuedEvent() {
        var reply = issue(UUID.randomUUID().toString(), DEMO_KEY, body("Thanks!"))
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("provider", equalTo("giftishow"))
                .body("productId", equalTo("giftishow:G00000280811"))
                .body("pin", matchesPattern("\\d{12}"))
                .body("providerOrderNo", matchesPattern("\\d{14}"))
                .extract();
        String couponId = reply.path("couponId");
        String trId = reply.path("providerTransactionId");

        // the sandbox holds the same coupon, issued (01), with the PIN we returned
        given().get(sandbox.url() + "/sandbox/giftishow/coupons/" + trId)
                .then()
                .statusCode(200)
                .body("pinStatusCd", equalTo("01"))
                .body("pinNo", equalTo(reply.<String>path("pin")));

        await().atMost(Duration.ofSeconds(30)).until(() -> issuedEvent(couponId) != null);
        EventEnvelope<CouponEventData> event = issuedEvent(couponId);
        assertThat(event.source()).isEqualTo("issuance-service");
        assertThat(event.subject()).isEqualTo(couponId);
        assertThat(event.data().clientId()).isEqualTo("demo");
        assertThat(event.data().status()).isEqualTo("ISSUED");
        assertThat(event.data().previousStatus()).isEqualTo("ISSUING");
        assertThat(event.data().providerTransactionId()).isEqualTo(trId);
        assertThat(event.data().providerOrderNo()).isEqualTo(reply.<String>path("providerOrderNo"));
        assertThat(event.data().recipientPhoneMasked()).isEqualTo("010****5678");
        assertThat(couponEvents.records(r -> couponId.equals(r.key())))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(reply.<String>path("pin"), "01012345678"));
    }

    @Test
    void shouldAnswer401ProblemForUnknownKey() {
        issue(UUID.randomUUID().toString(), "not-a-key", body("Thanks!"))
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldAnswer400ProblemListingBadFields() {
        issue(UUID.randomUUID().toString(), DEMO_KEY, """
                {"productId":"giftishow:G00000280811","recipientPhone":"010-1234","delivery":"PIN",
                 "message":"m","senderPhone":"x"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("recipientPhone", "senderPhone", "title"));
    }

    @Test
    void shouldReturnSameCouponForRepeatedKeyWithOneSendAtProvider() {
        int sendsBefore = sends();
        String key = UUID.randomUUID().toString();
        String first =
                issue(key, DEMO_KEY, body("Once")).statusCode(201).extract().path("couponId");

        issue(key, DEMO_KEY, body("Once")).statusCode(201).body("couponId", equalTo(first));

        assertThat(sends()).isEqualTo(sendsBefore + 1);
    }

    @Test
    void shouldShowThePinOnlyToKeysWithCouponsRead() {
        String couponId = issue(UUID.randomUUID().toString(), Platform.WRITER_KEY, body("No PIN"))
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .extract()
                .path("couponId");

        given().baseUri(gateway.url())
                .header("X-Api-Key", Platform.WRITER_KEY)
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .body("couponId", equalTo(couponId))
                .body("pin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldServeSettlementPagesThroughGatewayWithoutKey(Platform platform) {
        // settlement's 30-day charts page: static files that call /api/v1/settlement with the user's key themselves
        var direct = given().header(InternalAuth.HEADER, Platform.internalProof("GET", "/ui/settlement/", null, null))
                .get(platform.settlement.url() + "/ui/settlement/")
                .then()
                .statusCode(200)
                .extract();

        given().get(gateway.url() + "/ui/settlement/")
                .then()
                .statusCode(200)
                .contentType(direct.contentType())
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body(equalTo(direct.body().asString()));
    }

    @Test
    void shouldRefuseRequestsThatReachAServiceWithoutTheGateway(Platform platform) {
        // a webhook aimed at a service, another pod: no X-Internal-Auth proof, or a client header of its own
        given().get(platform.settlement.url() + "/ui/settlement/")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_AUTH_FAILED"));
        given().header("X-Client-Id", "demo")
                .header("X-Client-Scopes", "admin")
                .contentType("application/json")
                .body("{}")
                .post(platform.settlement.url() + "/api/v1/settlement/status-sweeps")
                .then()
                .statusCode(403)
                .body("code", equalTo("INTERNAL_AUTH_FAILED"));
    }

    private static EventEnvelope<CouponEventData> issuedEvent(String couponId) {
        return couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()))
                .filter(e -> "coupon.issued".equals(e.type()))
                .findFirst()
                .orElse(null);
    }

    private static int sends() {
        return given().get(sandbox.url() + "/sandbox/giftishow/calls/send")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("count");
    }

    private static io.restassured.response.ValidatableResponse issue(String key, String apiKey, String body) {
        return given().baseUri(gateway.url())
                .contentType(ContentType.JSON)
                .header("X-Api-Key", apiKey)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/coupons")
                .then();
    }

    private static String body(String title) {
        return """
                {"productId":"giftishow:G00000280811","recipientPhone":"01012345678","delivery":"PIN",
                 "title":"%s","message":"A coffee on us","senderPhone":"0212345678"}""".formatted(title);
    }
}
