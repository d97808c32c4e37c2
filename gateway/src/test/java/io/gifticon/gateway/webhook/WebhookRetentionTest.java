package io.gifticon.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.gateway.BackendStub;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, retention: delivered and given-up deliveries (and their attempts) older than the retention age (30 days)
 * are deleted; recent ones and every pending one, however old, are kept.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookRetentionTest {
    @Inject
    WebhookRetention retention;

    @Inject
    Pool database;

    private UUID delivery(UUID webhookId, String status, Duration finishedAgo, Duration createdAgo) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        database.preparedQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, coupon_id, "
                        + "payload, status, next_attempt_at, pending_since, created_at, finished_at) "
                        + "values ($1, $2, $3, 'coupon.issued', 'cpn-1', '{}', $4, $5, $5, $5, $6)")
                .execute(Tuple.from(java.util.Arrays.asList(
                        id,
                        webhookId,
                        UUID.randomUUID().toString(),
                        status,
                        now.minus(createdAgo),
                        finishedAgo == null ? null : now.minus(finishedAgo))))
                .await()
                .indefinitely();
        database.preparedQuery(
                        "insert into webhook_attempt (delivery_id, status_code, duration_ms) " + "values ($1, 200, 5)")
                .execute(Tuple.of(id))
                .await()
                .indefinitely();
        return id;
    }

    private boolean exists(UUID deliveryId) {
        return database.preparedQuery("select (select count(*) from webhook_delivery where id = $1) "
                                + "+ (select count(*) from webhook_attempt where delivery_id = $1)")
                        .execute(Tuple.of(deliveryId))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0)
                > 0;
    }

    @Test
    void shouldPruneOnlyFinishedDeliveriesOlderThanTheRetentionAge() {
        UUID webhook = UUID.randomUUID();
        database.preparedQuery("insert into webhook (id, client_id, url, event_types, secret) values ($1, $2, "
                        + "'http://old.hooks.example/hook', 'coupon.issued', 'whsec-0123456789abcdef')")
                .execute(Tuple.of(webhook, "retention-" + UUID.randomUUID()))
                .await()
                .indefinitely();
        UUID oldDelivered = delivery(webhook, "DELIVERED", Duration.ofDays(40), Duration.ofDays(40));
        UUID oldFailed = delivery(webhook, "FAILED", Duration.ofDays(31), Duration.ofDays(32));
        UUID recent = delivery(webhook, "DELIVERED", Duration.ofDays(1), Duration.ofDays(1));
        UUID oldPending = delivery(webhook, "PENDING", null, Duration.ofDays(90));

        int pruned = retention.prune().await().indefinitely();

        assertThat(pruned).isGreaterThanOrEqualTo(2);
        assertThat(exists(oldDelivered)).isFalse();
        assertThat(exists(oldFailed)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(oldPending)).isTrue();
        database.preparedQuery("delete from webhook where id = $1")
                .execute(Tuple.of(webhook))
                .await()
                .indefinitely();
    }
}
