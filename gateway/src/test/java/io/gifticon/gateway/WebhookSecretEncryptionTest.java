package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.gateway.webhook.WebhookRepository;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook secrets are encrypted in the database, also those stored before encryption, and deliveries still verify. */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookSecretEncryptionTest {
    @Inject
    Pool database;

    @Inject
    WebhookRepository repository;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldStoreOnlyTheEncryptedSecretAndStillSign() throws Exception {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        var client = TestClients.newClient(database, "webhooks:manage");
        UUID webhookId = UUID.fromString(TestWebhooks.register(client.key(), receiver.url(), "coupon.issued"));

        assertSecretEncrypted(webhookId, TestWebhooks.SECRET);
        assertDeliveredSignedWith(client.id(), TestWebhooks.SECRET);
    }

    @Test
    void shouldEncryptSecretsStoredInPlainTextBefore() throws Exception {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        var client = TestClients.newClient(database, "webhooks:manage");
        UUID webhookId = UUID.randomUUID();
        String legacySecret = "legacy-secret-" + UUID.randomUUID();
        // a row as V2 wrote it
        database.preparedQuery("insert into webhook (id, client_id, url, event_types, secret) "
                        + "values ($1, $2, $3, 'coupon.issued', $4)")
                .execute(Tuple.of(webhookId, client.id(), receiver.url(), legacySecret))
                .await()
                .indefinitely();

        repository.encryptPlainSecrets().await().indefinitely(); // what every start does

        assertSecretEncrypted(webhookId, legacySecret);
        assertDeliveredSignedWith(client.id(), legacySecret);
    }

    private void assertSecretEncrypted(UUID webhookId, String secret) {
        Row row = database.preparedQuery("select secret, secret_encrypted from webhook where id = $1")
                .execute(Tuple.of(webhookId))
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertThat(row.getString("secret")).isNull();
        assertThat(row.getString("secret_encrypted")).isNotBlank().doesNotContain(secret);
    }

    private void assertDeliveredSignedWith(String clientId, String secret) throws Exception {
        var event = TestEvents.couponEvent(clientId, "cpn-" + UUID.randomUUID(), "coupon.issued");
        TestEvents.publish(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !receiver.requestsFor(event.id()).isEmpty());
        assertThat(Receiver.signatureValid(receiver.requestsFor(event.id()).get(0), secret))
                .isTrue();
    }
}
