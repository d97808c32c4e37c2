package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookDeliveryTest {
    @Inject
    Pool database;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverSignedEventOnceTheReceiverIsBackUp() throws Exception {
        receiver.server.stubFor(post("/hook")
                .inScenario("outage")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("still down"));
        receiver.server.stubFor(post("/hook")
                .inScenario("outage")
                .whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        receiver.server.stubFor(post("/hook")
                .inScenario("outage")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.issued");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");

        TestEvents.publish(event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.requestsFor(event.id()).size() >= 3);
        var delivered = receiver.requestsFor(event.id()).get(2);
        assertThat(Receiver.signatureValid(delivered, TestWebhooks.SECRET)).isTrue();
        assertThat(delivered.getHeader("X-Gifticon-Event-Type")).isEqualTo("coupon.issued");
        assertThat(JsonPath.from(delivered.getBodyAsString()).getString("subject"))
                .isEqualTo(event.subject());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().header("X-Api-Key", client.key())
                        .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("[0].eventId", org.hamcrest.Matchers.equalTo(event.id()))
                        .body("[0].status", org.hamcrest.Matchers.equalTo("DELIVERED"))
                        .body("[0].attempts", org.hamcrest.Matchers.equalTo(3))
                        .body("[0].attemptLog.statusCode", org.hamcrest.Matchers.contains(204, 503, 503)));
    }

    @Test
    void shouldNotDeliverEventsOfAnotherClient() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var client = TestClients.newClient(database, "webhooks:manage");
        var stranger = TestClients.newClient(database, "webhooks:manage");
        TestWebhooks.register(client.key(), receiver.url(), "coupon.issued");
        var foreign = TestEvents.couponEvent(stranger.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");
        var own = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");

        TestEvents.publish(foreign);
        TestEvents.publish(own);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !receiver.requestsFor(own.id()).isEmpty());
        assertThat(receiver.requestsFor(foreign.id())).isEmpty();
    }
}
