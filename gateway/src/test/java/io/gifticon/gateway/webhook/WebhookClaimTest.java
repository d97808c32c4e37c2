package io.gifticon.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.gateway.BackendStub;
import io.gifticon.gateway.webhook.WebhookRepository.ClaimedDelivery;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §2/§3, claiming deliveries across replicas. Rules out: two deliveries of one webhook in flight at once;
 * a replica whose lease expired recording an outcome after another replica took the webhook (fencing); one client's
 * backlog or many webhooks starving another client; a client holding more than its share of slots; a coupon's
 * later event overtaking an earlier one. Claims are made "as of" a moment an hour ahead, where the running
 * poller (which claims as of now) cannot see these rows.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookClaimTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    WebhookRepository repository;

    @Inject
    Pool database;

    private OffsetDateTime at;

    @BeforeEach
    void lookAhead() {
        at = OffsetDateTime.now().plusHours(1).plusMinutes((long) (Math.random() * 1000));
        // whatever else is due by then (other tests' retrying deliveries) is parked under a lease of its own
        claim(10_000, 10_000);
    }

    private List<ClaimedDelivery> claim(int limit, int perClient) {
        return repository
                .claimDue(limit, perClient, LEASE, UUID.randomUUID(), at)
                .await()
                .indefinitely();
    }

    private UUID webhook(String clientId) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into webhook (id, client_id, url, event_types, secret) "
                        + "values ($1, $2, 'http://claims.hooks.example/hook', 'coupon.issued', "
                        + "'whsec-0123456789abcdef')")
                .execute(Tuple.of(id, clientId))
                .await()
                .indefinitely();
        return id;
    }

    /** A PENDING delivery of the webhook, due {@code dueBefore} before the look-ahead moment. */
    private UUID delivery(UUID webhookId, String couponId, Duration dueBefore) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, coupon_id, "
                        + "payload, status, next_attempt_at, pending_since) "
                        + "values ($1, $2, $3, 'coupon.issued', $4, '{}', "
                        + "'PENDING', $5, $5)")
                .execute(Tuple.of(id, webhookId, UUID.randomUUID().toString(), couponId, at.minus(dueBefore)))
                .await()
                .indefinitely();
        return id;
    }

    private String status(UUID deliveryId) {
        return database.preparedQuery("select status from webhook_delivery where id = $1")
                .execute(Tuple.of(deliveryId))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString("status");
    }

    private static List<UUID> ids(List<ClaimedDelivery> claims, Set<UUID> webhooks) {
        return claims.stream()
                .filter(c -> webhooks.contains(c.webhookId()))
                .map(ClaimedDelivery::id)
                .toList();
    }

    @Test
    void shouldHaveAtMostOneDeliveryOfAWebhookInFlight() {
        UUID w = webhook("claims-" + UUID.randomUUID());
        UUID first = delivery(w, "cpn-1", Duration.ofMinutes(2));
        delivery(w, "cpn-2", Duration.ofMinutes(1));

        assertThat(ids(claim(100, 100), Set.of(w))).containsExactly(first);
        assertThat(ids(claim(100, 100), Set.of(w))).isEmpty();
    }

    @Test
    void shouldNotRecordTheOutcomeOfAClaimWhoseLeaseWasTakenOver() {
        UUID w = webhook("claims-" + UUID.randomUUID());
        UUID d = delivery(w, "cpn-1", Duration.ofMinutes(1));
        ClaimedDelivery stalled = claim(100, 100).stream()
                .filter(c -> c.webhookId().equals(w))
                .findFirst()
                .orElseThrow();
        // the first replica stalls past its lease; another one takes the webhook
        database.preparedQuery("update webhook set leased_until = $2 where id = $1")
                .execute(Tuple.of(w, at.minusSeconds(1)))
                .await()
                .indefinitely();
        ClaimedDelivery current = claim(100, 100).stream()
                .filter(c -> c.webhookId().equals(w))
                .findFirst()
                .orElseThrow();

        assertThat(repository.recordSuccess(stalled, 200, 5).await().indefinitely())
                .isFalse();
        assertThat(status(d)).isEqualTo("PENDING");
        assertThat(repository.recordSuccess(current, 200, 5).await().indefinitely())
                .isTrue();
        assertThat(status(d)).isEqualTo("DELIVERED");
    }

    @Test
    void shouldServeEveryClientsFirstWebhookBeforeAnyonesSecond() {
        String busy = "claims-busy-" + UUID.randomUUID();
        String quiet = "claims-quiet-" + UUID.randomUUID();
        UUID b1 = webhook(busy);
        UUID b2 = webhook(busy);
        UUID b3 = webhook(busy);
        for (UUID w : List.of(b1, b2, b3)) {
            for (int i = 0; i < 50; i++) {
                delivery(w, "cpn-" + i, Duration.ofMinutes(30).minusSeconds(i)); // a long backlog, due long ago
            }
        }
        UUID q = webhook(quiet);
        UUID quietDelivery = delivery(q, "cpn-q", Duration.ofSeconds(1)); // due just now

        List<ClaimedDelivery> claimed = claim(2, 100);

        assertThat(ids(claimed, Set.of(q))).containsExactly(quietDelivery);
        assertThat(ids(claimed, Set.of(b1, b2, b3))).hasSize(1);
    }

    @Test
    void shouldKeepAClientWithinItsShareOfSlots() {
        String client = "claims-" + UUID.randomUUID();
        List<UUID> webhooks = List.of(webhook(client), webhook(client), webhook(client), webhook(client));
        webhooks.forEach(w -> delivery(w, "cpn-1", Duration.ofMinutes(1)));

        assertThat(ids(claim(100, 2), Set.copyOf(webhooks))).hasSize(2);
        assertThat(ids(claim(100, 2), Set.copyOf(webhooks))).isEmpty(); // two still in flight
    }

    @Test
    void shouldNotLetALaterEventOfACouponOvertakeAnEarlierOne() {
        UUID w = webhook("claims-" + UUID.randomUUID());
        UUID earlier = delivery(w, "cpn-1", Duration.ofMinutes(-5)); // backing off: due after the look-ahead moment
        delivery(w, "cpn-1", Duration.ofMinutes(1)); // due, but after the earlier one

        assertThat(ids(claim(100, 100), Set.of(w))).isEmpty();
        assertThat(status(earlier)).isEqualTo("PENDING");
    }
}
