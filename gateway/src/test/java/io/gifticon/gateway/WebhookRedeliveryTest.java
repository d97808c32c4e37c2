package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookRedeliveryTest {
    @Inject
    Pool database;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldSendADeliveredEventAgainOnRequest() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.cancelled");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.cancelled");
        TestEvents.publish(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.requestsFor(event.id()).size() == 1);
        String deliveryId = given().header("X-Api-Key", client.key())
                .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");

        given().header("X-Api-Key", client.key())
                .post("/api/v1/webhooks/" + webhookId + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.requestsFor(event.id()).size() == 2);
    }

    @Test
    void shouldNotRedeliverAnotherClientsDelivery() {
        var client = TestClients.newClient(database, "webhooks:manage");
        var stranger = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.cancelled");

        given().header("X-Api-Key", stranger.key())
                .post("/api/v1/webhooks/" + webhookId + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
