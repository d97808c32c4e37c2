package io.gifticon.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gifticon.events.Topics;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.RawHttp;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, tried as a hostile client would, on the packaged apps behind the gateway. Each test rules out one attack:
 * <ol>
 *   <li>reaching a route outside the key's scope by spelling its path another way (dot segments, encoded dots and
 *       slashes, {@code //}, {@code ;}, backslashes, double encoding, mixed case, non-UTF-8);
 *   <li>a key acting beyond its scope on the canonical path;
 *   <li>a webhook aimed inside our network (SSRF), in any notation;
 *   <li>the pathological POS body that held the event loop for seconds (ReDoS);
 *   <li>the 50,000-recipient batch that answered a 3.2 MB error (amplification);
 *   <li>a POS reply whose amount was forged;
 *   <li>a POS terminal reading or changing another terminal's transaction;
 *   <li>a flood of random keys that exhausted the key look-ups for every client;
 *   <li>management endpoints on the public port, and an unlimited keyless document;
 *   <li>a forged fact on Kafka from a pod that does not own the topic.
 * </ol>
 */
@ExtendWith(Platform.Shared.class)
class HostileClientIT {
    private static Platform platform;
    private static int port;

    @BeforeAll
    static void platform(Platform shared) {
        platform = shared;
        port = shared.gateway.port;
    }

    /** A key, the canonical target it may not reach, and an allowed route prefix the attack starts from. */
    private record Attempt(String key, String method, String target, String allowedPrefix) {}

    private static final List<Attempt> OUT_OF_SCOPE = List.of(
            // issue 12 §1: pos:write started an admin status sweep
            new Attempt(Platform.POS_KEY, "POST", "/api/v1/settlement/status-sweeps", "/api/v1/pos"),
            new Attempt(Platform.POS_KEY, "POST", "/api/v1/catalog/syncs", "/api/v1/pos"),
            new Attempt(Platform.POS_KEY, "GET", "/api/v1/coupons", "/api/v1/pos"),
            new Attempt(Platform.WRITER_KEY, "GET", "/api/v1/settlement/ledger", "/api/v1/coupons"),
            new Attempt(Platform.WRITER_KEY, "POST", "/api/v1/settlement/status-sweeps", "/api/v1/coupons"),
            new Attempt(Platform.DEMO_KEY, "POST", "/api/v1/settlement/status-sweeps", "/api/v1/settlement"),
            new Attempt(Platform.DEMO_KEY, "POST", "/api/v1/catalog/syncs", "/api/v1/products"));

    /** Every way we know to write {@code prefix/../rest} or {@code target} so that some layer normalises it. */
    private static List<String> spellings(String target, String allowedPrefix) {
        String rest = target.substring("/api/v1/".length()); // e.g. settlement/status-sweeps
        String p = allowedPrefix;
        List<String> all = new ArrayList<>(List.of(
                p + "/../" + rest,
                p + "/%2e%2e/" + rest,
                p + "/%2E%2E/" + rest,
                p + "/%2e%2E/" + rest,
                p + "/.%2e/" + rest,
                p + "/%2e./" + rest,
                p + "/..%2f" + rest,
                p + "/..%2F" + rest,
                p + "%2f..%2f" + rest,
                p + "/..;/" + rest,
                p + ";x=1/../" + rest,
                p + "/..\\" + rest,
                p + "\\..\\" + rest,
                p + "/%5c..%5c" + rest,
                p + "/%252e%252e/" + rest,
                p + "/./../" + rest,
                p + "//../" + rest,
                p + "/x/../../" + rest,
                p + "/%c0%ae%c0%ae/" + rest, // over-long UTF-8 for '.'
                "/api/v1//" + rest,
                "/api/v1/./" + rest,
                "/api//v1/" + rest,
                "//api/v1/" + rest,
                "/api/v1/" + rest.replace("/", "%2f"),
                "/api/v1/" + rest.replace("/", "%2F"),
                "/api/v1/" + rest.replace("/", ";/"),
                "/api/v1/" + rest + "/",
                "/api/v1/" + rest + "/.",
                "/api/v1/" + rest + "%00",
                "/api/v1/" + rest + "%ff",
                "/api/v1/%73" + rest.substring(1))); // %73 = 's', an unreserved letter escaped
        // a spelling that happens to be the canonical target (no '/' to encode) is not an attack
        all.removeIf(target::equals);
        return all;
    }

    @Test
    void shouldRefuseEveryNonCanonicalSpellingBeforeScopeRateLimitOrForwarding() {
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : OUT_OF_SCOPE) {
            for (String target : spellings(attempt.target(), attempt.allowedPrefix())) {
                RawHttp.Answer reply = RawHttp.request(port, attempt.method(), target, headers(attempt.key()), "{}");
                boolean refused = reply.status() == 400
                        && reply.contentType().startsWith("application/problem+json")
                        && reply.body().contains("\"NON_CANONICAL_PATH\"");
                if (!refused) {
                    wrong.add(attempt.method() + " " + target + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldRefuseTheCanonicalPathOutsideTheKeysScope() {
        for (Attempt attempt : OUT_OF_SCOPE) {
            RawHttp.Answer reply =
                    RawHttp.request(port, attempt.method(), attempt.target(), headers(attempt.key()), "{}");
            assertThat(reply.status())
                    .as(attempt.key() + " " + attempt.method() + " " + attempt.target())
                    .isEqualTo(403);
            assertThat(reply.body()).contains("\"FORBIDDEN\"");
        }
        // and the same keys do reach their own routes
        assertThat(RawHttp.request(
                                port,
                                "GET",
                                "/api/v1/settlement/ledger?provider=giftishow",
                                headers(Platform.POS_KEY),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(RawHttp.request(port, "GET", "/api/v1/coupons?limit=1", headers(Platform.WRITER_KEY), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseToRegisterAWebhookAimedInsideOurNetwork() {
        List<String> urls = List.of(
                platform.settlement.url() + "/api/v1/settlement/status-sweeps",
                "http://localhost:" + platform.settlement.port + "/api/v1/settlement/status-sweeps",
                "http://settlement-service.gifticon:8080/api/v1/settlement/status-sweeps",
                "http://settlement-service:8080/",
                "http://settlement-service.gifticon.svc.cluster.local/",
                "http://127.1:" + platform.settlement.port + "/",
                "http://0x7f.1/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://100.64.0.1/",
                "http://10.0.0.1/",
                "http://[::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://user:pass@hooks.example.com@127.0.0.1/",
                "file:///etc/passwd",
                "gopher://127.0.0.1:25/");
        List<String> accepted = new ArrayList<>();
        for (String url : urls) {
            var reply = given().baseUri(platform.gateway.url())
                    .header("X-Api-Key", Platform.DEMO_KEY)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("coupon.issued"), "secret", "a-secret-of-16-chars+"))
                    .post("/api/v1/webhooks")
                    .then()
                    .extract();
            if (reply.statusCode() != 400 || !reply.contentType().startsWith("application/problem+json")) {
                accepted.add(url + " -> " + reply.statusCode());
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void shouldRefuseThePathologicalPosBodyInWellUnderASecondAndKeepAnswering() {
        for (int newlines : List.of(80_000, 40_000, 20_000, 15_000)) {
            RawHttp.Answer reply = RawHttp.request(
                    port,
                    "POST",
                    "/api/v1/pos/transactions",
                    headers(Platform.POS_KEY),
                    "{\"a\":1," + "\n".repeat(newlines));
            assertThat(reply.status()).as(newlines + " newlines").isIn(400, 413);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.millis()).as(newlines + " newlines, ms").isLessThan(1_000);
        }
        recordPos(Platform.POS_KEY, popup(newTransactionId(), 10)).statusCode(201);
    }

    @Test
    void shouldAnswerAFiftyThousandRecipientBatchWithASmallProblem() {
        String recipients = String.join(",", Collections.nCopies(50_000, "{}"));
        String body =
                "{\"productId\":\"" + Platform.PRODUCT + "\",\"delivery\":\"PIN\",\"title\":\"t\",\"message\":\"m\","
                        + "\"senderPhone\":\"0212345678\",\"recipients\":[" + recipients + "]}";
        RawHttp.Answer reply =
                RawHttp.request(port, "POST", "/api/v1/coupon-batches", headers(Platform.DEMO_KEY), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"VALIDATION_FAILED\"", "recipients");
        assertThat(reply.body().length()).isLessThan(4_096);
    }

    @Test
    void shouldRefuseAForgedPosAmountAndRecordNothing() {
        String transactionId = newTransactionId();
        String request = "{\"type\":\"connection\",\"data\":{\"supportMode\":\"POINT_REDEEM\",\"transactionID\":\""
                + transactionId + "\",\"payAmount\":7000},\"autoCloseTime\":20000}";
        // pbt-pos-integration.txt §3.1.2: the popup redeems at most the pay amount the page asked for
        recordPos(Platform.POS_KEY, "{\"request\":" + request + ",\"reply\":" + popup(transactionId, 70_000) + "}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("POS_REPLY_MISMATCH"))
                .body("errors.field", hasItem("reply.data.pointRedeem"));
        recordPos(Platform.POS_KEY, popup(transactionId, -1))
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));

        pos(Platform.POS_KEY)
                .get("/api/v1/pos/transactions/" + transactionId)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldHideAPosTransactionFromEveryOtherTerminal() {
        String transactionId = newTransactionId();
        recordPos(Platform.POS_KEY, popup(transactionId, 2_000)).statusCode(201);

        pos(Platform.OTHER_POS_KEY)
                .get("/api/v1/pos/transactions/" + transactionId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        pos(Platform.OTHER_POS_KEY)
                .post("/api/v1/pos/transactions/" + transactionId + "/confirm")
                .then()
                .statusCode(404);
        pos(Platform.OTHER_POS_KEY)
                .post("/api/v1/pos/transactions/" + transactionId + "/cancel")
                .then()
                .statusCode(404);
        pos(Platform.POS_KEY)
                .get("/api/v1/pos/transactions/" + transactionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RECORDED"));
    }

    @Test
    void shouldKeepAnsweringAKnownKeyDuringARandomKeyFlood() throws Exception {
        // the known key is looked up once, then served from the cache whatever the flood does
        assertThat(knownKeyStatus()).isEqualTo(200);
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> floods = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                floods.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 150 && flooding.get(); i++) {
                        statuses.add(given().baseUri(platform.gateway.url())
                                .header("X-Api-Key", UUID.randomUUID().toString())
                                .get("/api/v1/coupons?limit=1")
                                .statusCode());
                    }
                    return statuses;
                }));
            }
            List<Integer> known = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                known.add(knownKeyStatus());
            }
            flooding.set(false);
            List<Integer> flood = new ArrayList<>();
            for (Future<List<Integer>> f : floods) {
                flood.addAll(f.get());
            }

            assertThat(known).containsOnly(200);
            assertThat(flood).isNotEmpty().allMatch(s -> s == 401 || s == 429 || s == 503);
            assertThat(flood).contains(429); // the address's budget of look-ups ran out: no query was made for those
        } finally {
            flooding.set(false);
            pool.shutdownNow();
        }
        // leave the address's look-up budget (1/s, burst 10) refilled for the tests after this one
        await().pollDelay(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(40))
                .until(() -> given().baseUri(platform.gateway.url())
                                .header("X-Api-Key", UUID.randomUUID().toString())
                                .get("/api/v1/coupons?limit=1")
                                .statusCode()
                        == 401);
    }

    @Test
    void shouldServeNoManagementEndpointOnThePublicPort() {
        for (String path : List.of(
                "/q/metrics", "/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui", "/q/info")) {
            RawHttp.Answer reply = RawHttp.request(port, "GET", path, Map.of(), null);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
        }
        // they live on the management interface, which the Ingress never reaches
        given().get(platform.gateway.managementUrl() + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldRateLimitTheKeylessOpenApiDocumentPerAddress() {
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            RawHttp.Answer reply = RawHttp.request(port, "GET", "/api/v1/openapi.json", Map.of(), null);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                retryAfter = reply.header("retry-after");
                assertThat(reply.body()).contains("\"RATE_LIMITED\"");
            }
        }
        assertThat(statuses).containsOnly(200, 429).contains(429);
        assertThat(retryAfter).isNotBlank();
        // leave the address's budget (2/s, burst 20) refilled: other tests load keyless pages from this address
        await().pollDelay(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> RawHttp.request(port, "GET", "/api/v1/events/asyncapi.yaml", Map.of(), null)
                                .status()
                        == 200);
    }

    @Test
    void shouldIgnoreAForgedRedemptionFromAPodThatDoesNotOwnTheTopic() {
        String couponId = given().baseUri(platform.gateway.url())
                .contentType(ContentType.JSON)
                .header("X-Api-Key", Platform.DEMO_KEY)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"productId":"%s","recipientPhone":"01012345678","delivery":"PIN",
                         "title":"Forged","message":"m","senderPhone":"0212345678"}""".formatted(Platform.PRODUCT))
                .post("/api/v1/coupons")
                .then()
                .statusCode(201)
                .extract()
                .path("couponId");
        String toIssuance = UUID.randomUUID().toString();
        String toSettlement = UUID.randomUUID().toString();

        // issue 12 §9: any pod could write a coupon.redeemed fact that issuance and settlement believed
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(
                    Topics.SETTLEMENT_EVENTS, couponId, forgedRedemption(toIssuance, couponId, "settlement-servce")));
            producer.send(new ProducerRecord<>(
                    Topics.COUPON_EVENTS, couponId, forgedRedemption(toSettlement, couponId, "attacker-pod")));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(platform.issuance.output()).contains(toIssuance);
            assertThat(platform.settlement.output()).contains(toSettlement);
        });
        given().baseUri(platform.gateway.url())
                .header("X-Api-Key", Platform.DEMO_KEY)
                .get("/api/v1/coupons/" + couponId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    private static String forgedRedemption(String eventId, String couponId, String source) {
        return """
                {"id":"%s","type":"coupon.redeemed","source":"%s","time":"%s","subject":"%s","dataVersion":1,
                 "data":{"couponId":"%s","clientId":"demo","status":"REDEEMED","provider":"giftishow",
                 "productId":"%s","redeemedAt":"%s"}}""".formatted(eventId, source, Instant.now(), couponId, couponId, Platform.PRODUCT, Instant.now());
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static int knownKeyStatus() {
        return given().baseUri(platform.gateway.url())
                .header("X-Api-Key", Platform.WRITER_KEY)
                .get("/api/v1/coupons?limit=1")
                .statusCode();
    }

    private static Map<String, String> headers(String key) {
        return Map.of("X-Api-Key", key, "Content-Type", "application/json");
    }

    private static io.restassured.specification.RequestSpecification pos(String key) {
        return given().baseUri(platform.gateway.url()).header("X-Api-Key", key);
    }

    private static io.restassured.response.ValidatableResponse recordPos(String key, String body) {
        return pos(key).contentType("application/json")
                .body(body)
                .post("/api/v1/pos/transactions")
                .then();
    }

    private static String newTransactionId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String popup(String transactionId, int points) {
        // pbt-pos-integration.txt §3.1.2: the popup's reply to a point redemption
        return "{\"status\":\"200\",\"result\":\"OK\",\"timestamp\":\"1728025307\",\"data\":{\"errorCode\":200,"
                + "\"errorMsg\":\"OK\",\"supportMode\":\"POINT_REDEEM\",\"transactionID\":\"" + transactionId
                + "\",\"pointRedeem\":" + points + "}}";
    }
}
