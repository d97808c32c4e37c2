package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.RawHttp;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §5 and issue 13: every refusal of the HTTP layer is a problem+json with our code — over-long request
 * targets (414), too many or too large headers (431), bodies over the route's limit (413, before anything is
 * forwarded), a body without a Content-Type (415), unknown paths (404), wrong methods (405), unacceptable Accept
 * (406) — and text PostgreSQL cannot store (NUL, lone surrogates) in a JSON field, a query or a path is a 400 naming
 * the field, never a 500.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class HttpLayerProblemTest {
    private static final String DEMO_KEY = "demo-local-key";

    WireMockServer backend;

    @Inject
    Pool database;

    private static void assertProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(JsonPath.from(answer.body()).getString("code")).isEqualTo(code);
        assertThat(JsonPath.from(answer.body()).getInt("status")).isEqualTo(status);
    }

    @Test
    void shouldAnswerAnOverLongUrlWith414Problem() {
        RawHttp.Answer answer =
                RawHttp.get(RestAssured.port, "/api/v1/products?q=" + "a".repeat(9_000), Map.of("X-Api-Key", DEMO_KEY));
        assertProblem(answer, 414, "URI_TOO_LONG");
    }

    @Test
    void shouldAnswerTooManyHeadersWith431Problem() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < 120; i++) {
            headers.put("X-Filler-" + i, "x");
        }
        assertProblem(RawHttp.get(RestAssured.port, "/api/v1/products", headers), 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void shouldAnswerTooLargeHeadersWith431Problem() {
        assertProblem(
                RawHttp.get(RestAssured.port, "/api/v1/products", Map.of("X-Filler", "x".repeat(20_000))),
                431,
                "HEADERS_TOO_LARGE");
    }

    @Test
    void shouldRefuseABodyOverTheRouteLimitBeforeForwardingIt() {
        int before = backend.getAllServeEvents().size();
        // coupons: 16 KiB
        RawHttp.Answer answer = RawHttp.request(
                RestAssured.port,
                "POST",
                "/api/v1/coupons",
                Map.of("X-Api-Key", DEMO_KEY, "Content-Type", "application/json"),
                "{\"message\":\"" + "x".repeat(17_000) + "\"}");

        assertProblem(answer, 413, "PAYLOAD_TOO_LARGE");
        assertThat(backend.getAllServeEvents()).hasSize(before);
    }

    @Test
    void shouldCutAChunkedBodyOverTheRouteLimit() {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST /api/v1/coupons HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Api-Key: "
                        + DEMO_KEY + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        String chunk = "x".repeat(4096);
        for (int i = 0; i < 8; i++) {
            request.writeBytes((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

        assertProblem(RawHttp.exchange(RestAssured.port, request.toByteArray()), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void shouldForwardABatchOfTenThousandRecipients() {
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            recipients
                    .append(i == 0 ? "" : ",")
                    .append("{\"phone\":\"010")
                    .append(String.format("%08d", i))
                    .append("\",\"clientReference\":\"order-")
                    .append(i)
                    .append("\"}");
        }
        given().header("X-Api-Key", DEMO_KEY)
                .contentType(ContentType.JSON)
                .body("{\"productId\":\"giftishow:G1\",\"recipients\":[" + recipients + "]}")
                .post("/api/v1/coupon-batches")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseABodyWithoutContentType() {
        RawHttp.Answer answer = RawHttp.request(
                RestAssured.port,
                "POST",
                "/api/v1/coupons",
                Map.of("X-Api-Key", DEMO_KEY),
                "{\"productId\":\"giftishow:G1\"}");
        assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void shouldAnswerTheRoutersOwn404And405AndRestsOwn406AsProblems() {
        assertProblem(RawHttp.get(RestAssured.port, "/no/such/page", Map.of()), 404, "NOT_FOUND");
        assertProblem(
                RawHttp.request(RestAssured.port, "DELETE", "/api/v1/openapi.json", Map.of(), null),
                405,
                "METHOD_NOT_ALLOWED");
        assertProblem(
                RawHttp.get(RestAssured.port, "/api/v1/events/asyncapi.yaml", Map.of("Accept", "image/png")),
                406,
                "NOT_ACCEPTABLE");
    }

    @Test
    void shouldAnswerARequestLineNettyCannotParseWith400() {
        // Vert.x answers these itself (no application code runs): an empty 400, the connection closed
        RawHttp.Answer answer = RawHttp.exchange(
                RestAssured.port, "GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseUnstorableTextInAJsonFieldNamingTheField() {
        String key = TestClients.newClient(database, "webhooks:manage").key();
        for (Map.Entry<String, String> body : Map.of(
                        "url",
                                "{\"url\":\"https://hooks.example.com/\\u0000\",\"eventTypes\":[\"coupon.issued\"],"
                                        + "\"secret\":\"0123456789abcdef\"}",
                        "secret",
                                "{\"url\":\"https://hooks.example.com/h\",\"eventTypes\":[\"coupon.issued\"],"
                                        + "\"secret\":\"0123456789abcdef\\ud800\"}",
                        "eventTypes[0]",
                                "{\"url\":\"https://hooks.example.com/h\",\"eventTypes\":[\"coupon.\\u0000\"],"
                                        + "\"secret\":\"0123456789abcdef\"}")
                .entrySet()) {
            given().header("X-Api-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body.getValue())
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo(body.getKey()));
        }
    }

    @Test
    void shouldRefuseUnstorableTextInQueriesAndPathsBeforeAnyService() {
        int before = backend.getAllServeEvents().size();
        String key =
                TestClients.newClient(database, "webhooks:manage catalog:read").key();
        for (String target : List.of(
                "/api/v1/products?q=%00",
                "/api/v1/products?q=%ED%A0%80",
                "/api/v1/products?q=%zz",
                "/api/v1/webhooks?limit=a%00",
                "/api/v1/products?%00=1")) {
            assertProblem(RawHttp.get(RestAssured.port, target, Map.of("X-Api-Key", key)), 400, "VALIDATION_FAILED");
        }
        assertProblem(
                RawHttp.get(RestAssured.port, "/api/v1/products/%00", Map.of("X-Api-Key", key)),
                400,
                "NON_CANONICAL_PATH");
        assertThat(backend.getAllServeEvents()).hasSize(before);
    }
}
