package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class EventStreamTest {
    @Inject
    Pool database;

    @TestHTTPResource("/api/v1/events/stream")
    URI stream;

    @Test
    void shouldStreamTheClientsEventsLive() {
        var client = TestClients.newClient(database, "coupons:read");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");
        try (SseClient sse = new SseClient(URI.create(stream + "?types=coupon.issued"), client.key(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::open);

            TestEvents.publish(event);

            await().atMost(Duration.ofSeconds(30)).until(() -> sse.ids().contains(event.id()));
            SseClient.Event received = sse.events().get(0);
            assertThat(received.name()).isEqualTo("coupon.issued");
            assertThat(JsonPath.from(received.data()).getString("data.couponId"))
                    .isEqualTo(event.subject());
        }
    }

    @Test
    void shouldResumeAfterLastEventId() {
        var client = TestClients.newClient(database, "events:read");
        String couponId = "cpn-" + UUID.randomUUID();
        var seen = TestEvents.couponEvent(client.id(), couponId, "coupon.issued");
        var missed = TestEvents.couponEvent(client.id(), couponId, "coupon.cancelled");
        try (SseClient sse = new SseClient(stream, client.key(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::open);
            TestEvents.publish(seen);
            TestEvents.publish(missed);
            await().atMost(Duration.ofSeconds(30)).until(() -> sse.ids().size() == 2);
        }

        try (SseClient resumed = new SseClient(stream, client.key(), seen.id())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !resumed.ids().isEmpty());
            assertThat(resumed.ids()).containsExactly(missed.id());
        }
    }

    @Test
    void shouldNotStreamToKeyWithoutEventScope() {
        var client = TestClients.newClient(database, "catalog:read");

        given().header("X-Api-Key", client.key())
                .get("/api/v1/events/stream")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
