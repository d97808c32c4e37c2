package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.RawHttp;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §8, exposure. Rules out: management endpoints ({@code /q/*}) on the public port; the merged OpenAPI
 * document fanning out to the services on every call, or without a limit per client address; a flood of random keys
 * from one address reaching the database or disturbing known clients; one client holding every event stream;
 * {@code /pos/config} handing PBT credentials to a key not bound to a terminal, or to a cache.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class ExposureTest {
    WireMockServer backend;

    @Inject
    Pool database;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/api/v1/events/stream")
    URI stream;

    /** A made-up client address (the test JVM is the trusted proxy in %test). */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    @Test
    void shouldServeNoManagementEndpointOnThePublicPort() {
        for (String path : List.of(
                "/q/metrics",
                "/q/health",
                "/q/health/ready",
                "/q/openapi",
                "/q/swagger-ui",
                "/q/swagger-ui/",
                "/q/dev-ui",
                "/q/platform-openapi",
                "/q",
                "/q/")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void shouldServeManagementEndpointsOnTheManagementInterface() {
        List<String> missing = new ArrayList<>();
        for (String path : List.of(
                "q/health/ready", "q/health/live", "q/metrics", "q/openapi", "q/swagger-ui/", "q/platform-openapi")) {
            int status = given().baseUri(managementRoot()).get(path).statusCode();
            if (status != 200) {
                missing.add(managementRoot() + path + " -> " + status);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldBuildTheMergedDocumentOnceForConcurrentRequests() {
        int before = backend.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/q/openapi")))
                .size();
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String from = address();
            calls.add(CompletableFuture.supplyAsync(() -> given().header("X-Forwarded-For", from)
                    .get("/api/v1/openapi.json")
                    .statusCode()));
        }
        calls.forEach(c -> assertThat(c.join()).isEqualTo(200));

        // issuance and catalog share the stub: one build asks it twice; 20 requests ask no more
        int after = backend.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/q/openapi")))
                .size();
        assertThat(after - before).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldLimitTheMergedDocumentPerClientAddress() {
        String flooding = address();
        Response refused = null;
        for (int i = 0; i < 100 && refused == null; i++) {
            Response answer = given().header("X-Forwarded-For", flooding).get("/api/v1/openapi.json");
            if (answer.statusCode() == 429) {
                refused = answer;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotNull();
        given().header("X-Forwarded-For", address())
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldThrottleARandomKeyFloodWithoutDisturbingKnownClients() {
        var known = TestClients.newClient(database, "catalog:read");
        given().header("X-Api-Key", known.key()).get("/api/v1/products").then().statusCode(200);
        String flooding = address();
        int throttled = 0;
        for (int i = 0; i < 200; i++) {
            Response answer = given().header("X-Forwarded-For", flooding)
                    .header("X-Api-Key", "random-" + UUID.randomUUID())
                    .get("/api/v1/products");
            assertThat(answer.statusCode()).isIn(401, 429);
            throttled += answer.statusCode() == 429 ? 1 : 0;
            if (i % 20 == 0) {
                given().header("X-Forwarded-For", address())
                        .header("X-Api-Key", known.key())
                        .get("/api/v1/products")
                        .then()
                        .statusCode(200);
            }
        }
        // %test: 50 look-ups in a burst per address, 2/s after; the rest is answered without the database
        assertThat(throttled).isGreaterThan(100);
    }

    @Test
    void shouldCapOpenEventStreamsPerClient() {
        var client = TestClients.newClient(database, "events:read");
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // %test: 3 streams per client
                SseClient sse = new SseClient(stream, client.key(), null);
                open.add(sse);
                await().atMost(Duration.ofSeconds(10)).until(sse::open);
            }
            Response refused = given().header("X-Api-Key", client.key()).get("/api/v1/events/stream");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.jsonPath().getString("code")).isEqualTo("TOO_MANY_STREAMS");
            assertThat(refused.header("Retry-After")).isNotNull();

            open.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (SseClient again = new SseClient(stream, client.key(), null)) {
                    assertThat(again.status()).isEqualTo(200);
                }
            });
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void shouldGiveAPosKeyOnlyItsOwnTerminalAndNeverLetItBeCached() {
        given().header("X-Api-Key", "pos-test-key")
                .get("/pos/config")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("auth.accessType", org.hamcrest.Matchers.equalTo("POS0001"))
                .body("auth.passwd", org.hamcrest.Matchers.equalTo("sandbox-pass"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("terminals")));
        String unbound = TestClients.newClient(database, "pos:write").key();
        given().header("X-Api-Key", unbound)
                .get("/pos/config")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("POS_TERMINAL_UNKNOWN"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("sandbox")));
    }

    @Test
    void shouldLimitThePosSettingsLikeEveryKeyedRoute() {
        given().header("X-Api-Key", "pos-test-key")
                .get("/pos/config")
                .then()
                .header("RateLimit-Limit", org.hamcrest.Matchers.notNullValue());
        assertThat(RawHttp.get(RestAssured.port, "/pos/./config", Map.of("X-Api-Key", "pos-test-key"))
                        .status())
                .isEqualTo(400);
    }

    /** The management interface's origin (the injected URL already ends in its root path). */
    private String managementRoot() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/";
    }
}
