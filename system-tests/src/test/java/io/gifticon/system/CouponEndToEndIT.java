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
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first vertical slice, end to end: a client calls the gateway with an API key; the gateway forwards to the
 * issuance service, which stores the coupon in PostgreSQL and sends it through the Giftishow protocol to the
 * provider sandbox; the coupon becomes ISSUED and {@code coupon.issued} reaches the real Kafka topic. Every app is
 * its packaged jar in its own process.
 */
class CouponEndToEndIT {
    private static final String DEMO_KEY = "demo-local-key";
    private static final List<AppProcess> APPS = new ArrayList<>();
    private static AppProcess sandbox;
    private static AppProcess gateway;
    private static TopicWatcher couponEvents;

    @BeforeAll
    static void startPlatform() {
        LocalInfra.ensureRunning();
        Path root = LocalInfra.repositoryRoot();
        couponEvents = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);

        sandbox = started(AppProcess.start(root, "provider-sandbox", Map.of()));
        String pinHashKey = randomKey(); // shared by issuance and settlement
        AppProcess issuance = started(AppProcess.start(root, "issuance-service", withDatabase("issuance_e2e",
                "PROVIDERS_GIFTISHOW_BASE_URL", sandbox.url() + "/giftishow/bizApi",
                "ISSUANCE_ENCRYPTION_KEY", randomKey(), "PIN_HASH_KEY", pinHashKey)));
        AppProcess catalog = started(AppProcess.start(root, "catalog-service", withDatabase("catalog_e2e")));
        AppProcess settlement = started(AppProcess.start(root, "settlement-service",
                withDatabase("settlement_e2e", "PIN_HASH_KEY", pinHashKey)));
        gateway = started(AppProcess.start(root, "gateway", withDatabase("gateway_e2e",
                "QUARKUS_PROFILE", "local",
                "GATEWAY_SERVICES_ISSUANCE", issuance.url(),
                "GATEWAY_SERVICES_CATALOG", catalog.url(),
                "GATEWAY_SERVICES_SETTLEMENT", settlement.url())));
    }

    @AfterAll
    static void stopPlatform() {
        if (couponEvents != null) {
            couponEvents.close();
        }
        for (int i = APPS.size() - 1; i >= 0; i--) {
            APPS.get(i).close();
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
                .then().statusCode(200)
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
        String first = issue(key, DEMO_KEY, body("Once")).statusCode(201).extract().path("couponId");

        issue(key, DEMO_KEY, body("Once")).statusCode(201).body("couponId", equalTo(first));

        assertThat(sends()).isEqualTo(sendsBefore + 1);
    }

    private static EventEnvelope<CouponEventData> issuedEvent(String couponId) {
        return couponEvents.records(r -> couponId.equals(r.key())).stream()
                .map(r -> EventJson.readCouponEvent(r.value()))
                .filter(e -> "coupon.issued".equals(e.type()))
                .findFirst().orElse(null);
    }

    private static int sends() {
        return given().get(sandbox.url() + "/sandbox/giftishow/calls/send").then().statusCode(200)
                .extract().jsonPath().getInt("count");
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

    private static Map<String, String> withDatabase(String database, String... more) {
        Map<String, String> env = AppProcess.env(more);
        env.put("DB_HOST", LocalInfra.PG_HOST);
        env.put("DB_PORT", Integer.toString(LocalInfra.PG_PORT));
        env.put("DB_NAME", database);
        env.put("DB_USER", LocalInfra.PG_USER);
        env.put("DB_PASSWORD", LocalInfra.PG_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", LocalInfra.KAFKA_BOOTSTRAP);
        // the system tests' own databases (_e2e), emptied at start: the real schema and no rows
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        return env;
    }

    private static AppProcess started(AppProcess app) {
        APPS.add(app);
        return app;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
