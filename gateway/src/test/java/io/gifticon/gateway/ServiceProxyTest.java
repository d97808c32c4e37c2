package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.internal.InternalAuth;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class ServiceProxyTest {
    private static final String DEMO_KEY = "demo-local-key";

    WireMockServer backend;

    @ConfigProperty(name = "gifticon.internal-auth.secret")
    String internalSecret;

    @Inject
    Pool database;

    @Test
    void shouldAnswer401ProblemWithoutKey() {
        given().post("/api/v1/coupons")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"))
                .body("status", org.hamcrest.Matchers.equalTo(401));
    }

    @Test
    void shouldSignWhatItForwardsForExactlyThatRequestAndClient() {
        given().header("X-Api-Key", DEMO_KEY)
                .header(InternalAuth.HEADER, "v1;c=gateway;t=1;s=forged")
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/coupons?trace=1")
                .then()
                .statusCode(200);

        var forwarded = backend.findAll(postRequestedFor(urlEqualTo("/api/v1/coupons?trace=1")))
                .get(0);
        String proof = forwarded.getHeader(InternalAuth.HEADER);
        String scopes = forwarded.getHeader("X-Client-Scopes");
        InternalAuth auth = new InternalAuth(internalSecret);
        long now = Instant.now().getEpochSecond();
        // the client's own header was replaced; the proof covers method, exact target and client headers
        assertThat(auth.verify(proof, now, 60, "POST", "/api/v1/coupons?trace=1", "demo", scopes))
                .contains("gateway");
        assertThat(auth.verify(proof, now, 60, "POST", "/api/v1/settlement/status-sweeps", "demo", scopes))
                .isEmpty();
        assertThat(auth.verify(proof, now, 60, "POST", "/api/v1/coupons?trace=1", "demo", scopes + " admin"))
                .isEmpty();
    }

    @Test
    void shouldAnswer401ProblemForUnknownKey() {
        given().header("X-Api-Key", "not-a-key")
                .get("/api/v1/coupons/x")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer403WhenKeyLacksScope() {
        given().header("X-Api-Key", "reader-key")
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/coupons")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
    }

    @Test
    void shouldForwardWithClientIdentityInsteadOfKey() {
        given().header("X-Api-Key", DEMO_KEY)
                .header("X-Client-Id", "spoofed")
                .header("X-Client-Scopes", "admin")
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body("{\"a\":1}")
                .post("/api/v1/coupons")
                .then()
                .statusCode(200)
                .header("X-Request-Id", notNullValue());

        backend.verify(postRequestedFor(urlEqualTo("/api/v1/coupons"))
                .withHeader("X-Client-Id", equalTo("demo"))
                // the services decide on the scopes (issuance shows the PIN only to coupons:read)
                .withHeader(
                        "X-Client-Scopes",
                        equalTo("catalog:read coupons:write coupons:read settlement:read webhooks:manage"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("X-Api-Key", absent())
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
                .withRequestBody(equalTo("{\"a\":1}")));
    }

    @Test
    void shouldKeepCallersRequestId() {
        given().header("X-Api-Key", DEMO_KEY)
                .header("X-Request-Id", "req-42")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-42");
    }

    @Test
    void shouldAcceptKeyStoredInApiClientTable() {
        String key = "table-key-" + UUID.randomUUID();
        insertClient("partner-" + UUID.randomUUID(), key, "catalog:read", false);

        given().header("X-Api-Key", key).get("/api/v1/products").then().statusCode(200);
    }

    @Test
    void shouldRefuseRevokedKeyFromApiClientTable() {
        String key = "revoked-key-" + UUID.randomUUID();
        insertClient("former-" + UUID.randomUUID(), key, "catalog:read", true);

        given().header("X-Api-Key", key)
                .get("/api/v1/products")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer503RetryableWithRetryAfterWhenServiceIsDown() {
        given().header("X-Api-Key", DEMO_KEY)
                .get("/api/v1/settlement/balances")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("code", org.hamcrest.Matchers.equalTo("SERVICE_UNAVAILABLE"))
                .body("retryable", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldAnswer504RetryableWhenServiceIsTooSlow() {
        given().header("X-Api-Key", DEMO_KEY)
                .get("/api/v1/coupons/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("code", org.hamcrest.Matchers.equalTo("SERVICE_TIMEOUT"))
                .body("retryable", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldAnswer404ProblemOutsideKnownRoutes() {
        given().header("X-Api-Key", DEMO_KEY)
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private void insertClient(String id, String key, String scopes, boolean revoked) {
        database.preparedQuery("insert into api_client (id, key_sha256, scopes, revoked_at) values ($1, $2, $3, "
                        + (revoked ? "now()" : "null") + ")")
                .execute(Tuple.of(id, io.gifticon.gateway.auth.ApiKeys.sha256(key), scopes))
                .await()
                .indefinitely();
    }

    @Test
    void shouldStripMethodOverrideHeaders() {
        given().header("X-Api-Key", DEMO_KEY)
                .header("X-HTTP-Method-Override", "DELETE")
                .get("/api/v1/products/x-override")
                .then()
                .statusCode(200);

        backend.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlEqualTo("/api/v1/products/x-override"))
                .withHeader("X-HTTP-Method-Override", absent()));
    }
}
