package io.gifticon.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.testsupport.InternalAuthRestAssured;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.internal.InternalAuth;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The catalog answers only requests the platform signed (web-commons {@link InternalAuth}); what it rules out: a
 * request that reaches the service's port any other way — a webhook aimed at it, another pod, a replayed proof on
 * another path, method or client identity.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class InternalAuthTest {
    private static final String SYNCS = "/api/v1/catalog/syncs";

    @ConfigProperty(name = "gifticon.internal-auth.secret")
    String secret;

    private String proof(String method, String target, String clientId, String scopes) {
        return new InternalAuth(secret)
                .sign("gateway", Instant.now().getEpochSecond(), method, target, clientId, scopes);
    }

    @Test
    void shouldRefuseARequestWithoutTheGatewaysProof() {
        given().header(InternalAuth.HEADER, InternalAuthRestAssured.UNSIGNED)
                .get("/api/v1/products")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_AUTH_FAILED"))
                .body("retryable", equalTo(false));
    }

    @Test
    void shouldRefuseAProofSignedForAnotherPathOrMethod() {
        given().header(InternalAuth.HEADER, proof("GET", "/api/v1/products", null, null))
                .contentType("application/json")
                .body("{}")
                .post(SYNCS)
                .then()
                .statusCode(403)
                .body("code", equalTo("INTERNAL_AUTH_FAILED"));
        given().header(InternalAuth.HEADER, proof("GET", "/api/v1/brands", null, null))
                .get("/api/v1/products")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAProofWhoseClientHeadersWereChanged() {
        given().header(InternalAuth.HEADER, proof("GET", "/api/v1/products", "reader", "catalog:read"))
                .header("X-Client-Id", "reader")
                .header("X-Client-Scopes", "catalog:read admin")
                .get("/api/v1/products")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseASecondClientHeaderBesideTheSignedOne() {
        given().header(InternalAuth.HEADER, proof("GET", "/api/v1/products", "reader", "catalog:read"))
                .header("X-Client-Id", "reader")
                .header("X-Client-Id", "admin")
                .header("X-Client-Scopes", "catalog:read")
                .get("/api/v1/products")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAProofSignedUnderAnotherSecret() {
        String foreign = new InternalAuth("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=")
                .sign("gateway", Instant.now().getEpochSecond(), "GET", "/api/v1/products", null, null);
        given().header(InternalAuth.HEADER, foreign)
                .get("/api/v1/products")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAnswerAValidProof() {
        given().header(InternalAuth.HEADER, proof("GET", "/api/v1/products?size=1", null, null))
                .get("/api/v1/products?size=1")
                .then()
                .statusCode(200);
    }

    /** The management interface's root ({@code /q}): health and metrics, on a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldAnswerProbesOnTheManagementPortAndNothingWithoutAProofOnTheHttpPort() {
        // the kubelet's probes carry no proof: the management port answers them; the HTTP port lets nothing through
        given().header(InternalAuth.HEADER, InternalAuthRestAssured.UNSIGNED)
                .get(management + "health/live")
                .then()
                .statusCode(200);
        given().header(InternalAuth.HEADER, InternalAuthRestAssured.UNSIGNED)
                .get("/q/health/live")
                .then()
                .statusCode(403);
        given().header(InternalAuth.HEADER, InternalAuthRestAssured.UNSIGNED)
                .urlEncodingEnabled(false)
                .get("/q/health/live/../../metrics")
                .then()
                .statusCode(403);
    }
}
