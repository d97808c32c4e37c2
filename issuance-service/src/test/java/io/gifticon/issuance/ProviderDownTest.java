package io.gifticon.issuance;

import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class ProviderDownTest {

    WireMockServer giftishow;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void shouldFailFastWhileProviderIsDownAndIssueWithSameKeyAfterRecovery() {
        String key = UUID.randomUUID().toString();
        giftishow.stop();
        try {
            // refused connection: never sent, so retryable with the same key
            issue(key, body(GiftishowStub.GOODS_OK, "Down"))
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("PROVIDER_UNAVAILABLE"))
                    .body("retryable", equalTo(true));
            // refused connections are an outage: enough of them (40, the send window) open the circuit, and the
            // answer then comes without trying the provider
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Down"))
                        .statusCode(503);
                return breakers.currentState("giftishow-send") == CircuitBreakerState.OPEN;
            });
            issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Down"))
                    .statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("code", equalTo("PROVIDER_UNAVAILABLE"))
                    .body("retryable", equalTo(true));
        } finally {
            giftishow.start();
        }

        // once the circuit half-opens and the provider answers, the same key issues a coupon
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> issue(key, body(GiftishowStub.GOODS_OK, "Down"))
                                .extract()
                                .statusCode()
                        == 201);
        issue(key, body(GiftishowStub.GOODS_OK, "Down")).statusCode(201).body("status", equalTo("ISSUED"));
    }
}
