package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
class ServiceProxyTest {
    private static final String DEMO_KEY = "demo-local-key";

    WireMockServer backend;

    @Test
    void shouldAnswer401ProblemWithoutKey() {
        given().post("/api/v1/coupons")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"))
                .body("status", org.hamcrest.Matchers.equalTo(401));
    }

    @Test
    void shouldAnswer401ProblemForUnknownKey() {
        given().header("X-Api-Key", "not-a-key").get("/api/v1/coupons/x")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer403WhenKeyLacksScope() {
        given().header("X-Api-Key", "reader-key").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/coupons")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
    }

    @Test
    void shouldForwardWithClientIdentityInsteadOfKey() {
        given().header("X-Api-Key", DEMO_KEY)
                .header("X-Client-Id", "spoofed")
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON).body("{\"a\":1}")
                .post("/api/v1/coupons")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue());

        backend.verify(postRequestedFor(urlEqualTo("/api/v1/coupons"))
                .withHeader("X-Client-Id", equalTo("demo"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("X-Api-Key", absent())
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
                .withRequestBody(equalTo("{\"a\":1}")));
    }

    @Test
    void shouldKeepCallersRequestId() {
        given().header("X-Api-Key", DEMO_KEY).header("X-Request-Id", "req-42")
                .get("/api/v1/products")
                .then().statusCode(200).header("X-Request-Id", "req-42");
    }

    @Test
    void shouldAnswer502ProblemWhenServiceIsDown() {
        given().header("X-Api-Key", DEMO_KEY).get("/api/v1/settlement/balances")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("SERVICE_UNAVAILABLE"))
                .body("retryable", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldAnswer504ProblemWhenServiceIsTooSlow() {
        given().header("X-Api-Key", DEMO_KEY).get("/api/v1/coupons/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("SERVICE_TIMEOUT"));
    }

    @Test
    void shouldAnswer404ProblemOutsideKnownRoutes() {
        given().header("X-Api-Key", DEMO_KEY).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldServeHealthAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
