package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.gateway.webhook.WebhookDispatcher;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §3: receivers cannot exhaust the gateway. Rules out a receiver holding memory or a delivery slot beyond
 * the attempt's absolute deadline (%test: 2 s) — one answering 200 with a body that never ends, one dripping its
 * answer a byte a second (head or body), one that never answers — and any second delivery of the same webhook while
 * one is in flight. The endless body is read up to the cap and the connection closed (the 200 counts); the others
 * fail at the deadline and are retried, one at a time.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class HostileReceiverTest {
    @Inject
    Pool database;

    @Inject
    WebhookDispatcher dispatcher;

    private record Delivered(String webhookId, TestClients.TestClient client, String eventId) {}

    private Delivered subscribeAndPublish(HostileReceiver receiver) {
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.issued");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");
        TestEvents.publish(event);
        return new Delivered(webhookId, client, event.id());
    }

    /** Attempts of the webhook's newest delivery (0 while the event has not reached the webhook yet). */
    private static int attempts(Delivered d) {
        Integer attempts = deliveries(d).get("[0].attempts");
        return attempts == null ? 0 : attempts;
    }

    private static JsonPath deliveries(Delivered d) {
        return given().header("X-Api-Key", d.client().key())
                .get("/api/v1/webhooks/" + d.webhookId() + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldReadOnlyTheCapOfAnEndlessBodyAndCloseTheConnection() {
        try (HostileReceiver receiver = new HostileReceiver(HostileReceiver.Mode.ENDLESS_BODY)) {
            Delivered d = subscribeAndPublish(receiver);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "DELIVERED".equals(deliveries(d).getString("[0].status")));
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.closedByGateway.get() >= 1);
            assertThat(receiver.connections.get()).isEqualTo(1);
            assertThat(deliveries(d).getInt("[0].attemptLog[0].statusCode")).isEqualTo(200);
        }
    }

    @Test
    void shouldGiveUpADrippingHeadAtTheDeadlineAndRetryOneAtATime() {
        try (HostileReceiver receiver = new HostileReceiver(HostileReceiver.Mode.DRIPPING_HEAD)) {
            Delivered d = subscribeAndPublish(receiver);

            await().atMost(Duration.ofSeconds(40)).until(() -> attempts(d) >= 2);
            JsonPath log = deliveries(d);
            assertThat(log.getString("[0].status")).isEqualTo("PENDING");
            assertThat(log.getList("[0].attemptLog.error", String.class))
                    .allMatch(e -> e.contains("no complete answer within 2000 ms"));
            assertThat(log.getList("[0].attemptLog.durationMs", Integer.class)).allMatch(ms -> ms < 4_000);
            assertThat(receiver.mostOpen.get()).isEqualTo(1);
            deleteWebhook(d);
        }
    }

    @Test
    void shouldGiveUpADrippingBodyAtTheDeadline() {
        try (HostileReceiver receiver = new HostileReceiver(HostileReceiver.Mode.DRIPPING_BODY)) {
            Delivered d = subscribeAndPublish(receiver);

            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(d) >= 1);
            assertThat(deliveries(d).getString("[0].status")).isEqualTo("PENDING");
            assertThat(deliveries(d).getString("[0].attemptLog[0].error")).contains("no complete answer");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.closedByGateway.get() >= 1);
            deleteWebhook(d);
        }
    }

    @Test
    void shouldFreeTheSlotOfAReceiverThatNeverAnswers() {
        try (HostileReceiver silent = new HostileReceiver(HostileReceiver.Mode.SILENT);
                Receiver fine = new Receiver()) {
            fine.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/hook")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                            .withStatus(200)));
            Delivered d = subscribeAndPublish(silent);
            var other = TestClients.newClient(database, "webhooks:manage");
            TestWebhooks.register(other.key(), fine.url(), "coupon.issued");
            var event = TestEvents.couponEvent(other.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");
            TestEvents.publish(event);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !fine.requestsFor(event.id()).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(d) >= 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> silent.closedByGateway.get() >= 1);
            assertThat(silent.mostOpen.get()).isEqualTo(1);
            deleteWebhook(d);
            await().atMost(Duration.ofSeconds(20)).until(() -> dispatcher.inFlight() == 0);
        }
    }

    private static void deleteWebhook(Delivered d) {
        given().header("X-Api-Key", d.client().key())
                .delete("/api/v1/webhooks/" + d.webhookId())
                .then()
                .statusCode(204);
    }
}
