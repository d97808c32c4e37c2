package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
class WebhookIsolationTest {
    @Inject
    Pool database;

    private final Receiver down = new Receiver();
    private final Receiver up = new Receiver();

    @AfterEach
    void stopReceivers() {
        down.close();
        up.close();
    }

    @Test
    void shouldDeliverToAHealthyReceiverWhileAnotherOneHangs() {
        // longer than the gateway's (test) response timeout: every attempt to this receiver times out
        down.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
        up.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var client = TestClients.newClient(database, "webhooks:manage");
        TestWebhooks.register(client.key(), down.url(), "coupon.issued");
        TestWebhooks.register(client.key(), up.url(), "coupon.issued");
        String couponId = "cpn-" + UUID.randomUUID();
        var first = TestEvents.couponEvent(client.id(), couponId, "coupon.issued");
        var second = TestEvents.couponEvent(client.id(), couponId, "coupon.issued");

        TestEvents.publish(first);
        TestEvents.publish(second);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !up.requestsFor(first.id()).isEmpty()
                        && !up.requestsFor(second.id()).isEmpty());
        // per coupon and webhook in order: the hanging receiver has not been offered the second event yet
        org.assertj.core.api.Assertions.assertThat(down.requestsFor(second.id()))
                .isEmpty();
    }
}
