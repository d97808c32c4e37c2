package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.events.Topics;
import io.gifticon.gateway.webhook.CouponEventsToWebhooks;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A record of coupon-events that is not an event goes to the gateway's dead-letter topic; webhooks and SSE go on. */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class DeadLetterTest {
    @Inject
    Pool database;

    private final Receiver receiver = new Receiver();
    private final TopicWatcher deadLetters =
            new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, CouponEventsToWebhooks.DEAD_LETTER_TOPIC);

    @AfterEach
    void close() {
        receiver.close();
        deadLetters.close();
    }

    @TestHTTPResource("/api/v1/events/stream")
    URI stream;

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicAndDeliverTheNextEvent() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        var client = TestClients.newClient(database, "webhooks:manage events:read");
        TestWebhooks.register(client.key(), receiver.url(), "coupon.issued");
        String couponId = "cpn-" + UUID.randomUUID();
        String poison = "{not an event, phone 01012345678";
        var next = TestEvents.couponEvent(client.id(), couponId, "coupon.issued");
        try (SseClient sse = new SseClient(stream, client.key(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(sse::open);

            TestEvents.publishRaw(Topics.COUPON_EVENTS, couponId, poison);
            TestEvents.publish(next);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !receiver.requestsFor(next.id()).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> sse.ids().contains(next.id()));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadLetters.records(r -> couponId.equals(r.key())).isEmpty());
        ConsumerRecord<String, String> dead =
                deadLetters.records(r -> couponId.equals(r.key())).get(0);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.COUPON_EVENTS);
        assertThat(header(dead, "dead-letter-reason"))
                .contains("not a coupon event envelope")
                .doesNotContain("01012345678");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
