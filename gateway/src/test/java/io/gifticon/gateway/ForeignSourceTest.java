package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §9, consumer side. Rules out a record on coupon-events that issuance-service did not write — a forged
 * {@code coupon.redeemed} from {@code attacker}, or one claiming to come from settlement — reaching a webhook or a
 * stream: both consumers skip it (counted, logged without content) and go on with the next event.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class ForeignSourceTest {
    @Inject
    Pool database;

    @TestHTTPResource("/api/v1/events/stream")
    URI stream;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverNoEventWhoseSourceIsNotTheTopicsOwner() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var client = TestClients.newClient(database, "webhooks:manage events:read");
        TestWebhooks.register(client.key(), receiver.url(), "coupon.redeemed");
        String couponId = "cpn-" + UUID.randomUUID();
        var genuine = TestEvents.couponEvent(client.id(), couponId, "coupon.redeemed");
        EventEnvelope<CouponEventData> fromAttacker =
                EventEnvelope.of("coupon.redeemed", "attacker", Instant.now(), couponId, genuine.data());
        EventEnvelope<CouponEventData> fromSettlement =
                EventEnvelope.of("coupon.redeemed", "settlement-service", Instant.now(), couponId, genuine.data());

        try (SseClient sse = new SseClient(stream, client.key(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::open);
            TestEvents.publish(fromAttacker);
            TestEvents.publish(fromSettlement);
            TestEvents.publish(genuine);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !receiver.requestsFor(genuine.id()).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> sse.ids().contains(genuine.id()));
            assertThat(sse.ids()).doesNotContain(fromAttacker.id(), fromSettlement.id());
        }
        assertThat(receiver.requestsFor(fromAttacker.id())).isEmpty();
        assertThat(receiver.requestsFor(fromSettlement.id())).isEmpty();
        assertThat(database.preparedQuery("select count(*) from webhook_delivery where event_id = any($1)")
                        .execute(Tuple.of(new String[] {fromAttacker.id(), fromSettlement.id()}))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0))
                .isZero();
        String metrics = given().baseUri(managementRoot())
                .get("q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .contains("gateway_events_skipped_total{consumer=\"gateway-webhooks\"")
                .contains("consumer=\"gateway-sse\"");
    }

    /** The management interface's origin (the injected URL already ends in its root path). */
    private String managementRoot() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/";
    }
}
