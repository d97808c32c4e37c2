package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class RateLimitTest {
    // %test profile: client "limited" may burst 3 requests, then 1 every 2 s
    private static final String LIMITED_KEY = "limited-key";

    @Test
    void shouldAnswer429WithRetryAfterOnceTheBurstIsSpent() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Api-Key", LIMITED_KEY)
                    .get("/api/v1/brands")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3");
        }

        Response refused = given().header("X-Api-Key", LIMITED_KEY).get("/api/v1/brands");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void shouldTellRemainingRequestsOfTheBurst() {
        given().header("X-Api-Key", "demo-local-key")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "100")
                .header("RateLimit-Remaining", org.hamcrest.Matchers.notNullValue());
    }
}
