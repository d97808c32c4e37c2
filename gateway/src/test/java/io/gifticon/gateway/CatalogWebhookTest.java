package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.gateway.webhook.CatalogEventsToWebhooks;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks for catalog-events: for clients with catalog:read, every such webhook gets every matching event. */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class CatalogWebhookTest {
    @Inject
    Pool database;

    @Inject
    CatalogEventsToWebhooks consumer;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverSignedCatalogEventsToAClientWithCatalogRead() throws Exception {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        var client = TestClients.newClient(database, "webhooks:manage catalog:read");
        TestWebhooks.register(client.key(), receiver.url(), "product.changed");
        var event = EventEnvelope.of(
                "product.changed",
                "catalog-service",
                Instant.now(),
                "giftishow:G00000280811",
                Map.of("productId", "giftishow:G00000280811", "price", 4500));

        await().atMost(Duration.ofSeconds(60)).until(consumer::assigned); // it starts at the topic's end

        TestEvents.publishRaw(Topics.CATALOG_EVENTS, event.subject(), EventJson.write(event));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !receiver.requestsFor(event.id()).isEmpty());
        var delivered = receiver.requestsFor(event.id()).get(0);
        assertThat(delivered.getHeader("X-Gifticon-Event-Type")).isEqualTo("product.changed");
        assertThat(Receiver.signatureValid(delivered, TestWebhooks.SECRET)).isTrue();
    }

    @Test
    void shouldRefuseCatalogWebhooksWithoutCatalogRead() {
        var client = TestClients.newClient(database, "webhooks:manage");
        given().header("X-Api-Key", client.key())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url", receiver.url(), "eventTypes", List.of("product.changed"), "secret", TestWebhooks.SECRET))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }
}
