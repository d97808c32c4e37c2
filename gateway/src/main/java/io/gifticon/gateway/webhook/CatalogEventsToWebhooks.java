package io.gifticon.gateway.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns catalog events ({@code catalog-events}: product added, changed, discontinued, catalog synced) into PENDING
 * deliveries for every webhook that subscribed to the type (registering one needs {@value #SCOPE}). Same
 * guarantees as {@link CouponEventsToWebhooks}: acknowledged after the deliveries are stored, unreadable records
 * to {@value #DEAD_LETTER_TOPIC}, events not from catalog-service skipped.
 */
@ApplicationScoped
@Default
@Identifier("gateway-webhooks-catalog-rebalance") public class CatalogEventsToWebhooks implements KafkaConsumerRebalanceListener {
    private static final Logger LOG = Logger.getLogger(CatalogEventsToWebhooks.class);
    /** Event types of catalog-events a webhook may subscribe to. */
    public static final Set<String> TYPES =
            Set.of("product.added", "product.changed", "product.discontinued", "catalog.synced");
    /** Scope a client needs to subscribe to catalog events. */
    public static final String SCOPE = "catalog:read";

    public static final String DEAD_LETTER_TOPIC = "catalog-events.gateway-dlq";

    private final WebhookRepository repository;
    private final ForeignEvents foreign;
    private volatile boolean assigned;

    public CatalogEventsToWebhooks(WebhookRepository repository, ForeignEvents foreign) {
        this.repository = repository;
        this.foreign = foreign;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        try {
            // a partition without a committed offset starts at its end now, not at the first fetch
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            partitions.stream().filter(p -> committed.get(p) == null).forEach(p -> {
                consumer.seekToEnd(List.of(p));
                consumer.position(p);
            });
        } catch (RuntimeException e) {
            LOG.warnf("cannot position the catalog webhooks consumer: %s", e.toString());
        }
        assigned = true;
    }

    /** Whether the consumer has its partitions (with a new group and {@code latest}, earlier events are not seen). */
    public boolean assigned() {
        return assigned;
    }

    @Incoming("catalog-events-webhooks")
    public Uni<Void> consume(String value) {
        EventEnvelope<JsonNode> event;
        try {
            event = EventJson.read(value, new TypeReference<>() {});
        } catch (RuntimeException e) {
            LOG.warnf(
                    "a record of catalog-events is not an event envelope (%s): sent to %s",
                    e.getClass().getSimpleName(), DEAD_LETTER_TOPIC);
            return Uni.createFrom()
                    .failure(new CouponEventsToWebhooks.UnreadableEvent(
                            e.getClass().getSimpleName()));
        }
        if (!TYPES.contains(event.type())
                || !foreign.fromOwner(Topics.CATALOG_EVENTS, "gateway-webhooks-catalog", event)) {
            return Uni.createFrom().voidItem();
        }
        return repository
                .storeDeliveriesToAll(
                        event.id(), event.type(), event.subject(), event.time().atOffset(ZoneOffset.UTC), value)
                .onFailure()
                .invoke(e -> LOG.warnf(
                        "storing webhook deliveries of event %s failed, retrying: %s", event.id(), e.toString()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .replaceWithVoid();
    }
}
