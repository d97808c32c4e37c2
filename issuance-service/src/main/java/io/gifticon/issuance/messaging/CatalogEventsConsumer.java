package io.gifticon.issuance.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.repository.ProductCacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the product cache from {@code catalog-events} ({@code product.added}, {@code product.changed},
 * {@code product.discontinued}; payload: catalog-service's ProductEventData). Idempotent by the event time: a
 * repeated or out-of-order older event does not overwrite a newer state. Non-blocking (reactive SQL); an event
 * that cannot be read is logged and skipped, a database failure nacks it (dead-letter topic). Only records whose
 * {@code source} is catalog-service, the topic's owner ({@link EventSources}), are acted on.
 */
@ApplicationScoped
public class CatalogEventsConsumer {
    private static final Logger LOG = Logger.getLogger(CatalogEventsConsumer.class);

    private final ProductCacheRepository cache;
    private final ObjectMapper json;

    public CatalogEventsConsumer(ProductCacheRepository cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    @Incoming("catalog-events")
    public Uni<Void> consume(String event) {
        JsonNode envelope;
        try {
            envelope = json.readTree(event);
        } catch (Exception e) {
            LOG.warnf("catalog event skipped: not JSON (%s)", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        String type = envelope.path("type").asText("");
        String source = envelope.path("source").asText(null);
        if (!EventSources.isFromOwner(Topics.CATALOG_EVENTS, source)) {
            // issue 12 §9: only catalog-service writes catalog-events; a product's price or state from anyone
            // else is not believed
            LOG.warnf(
                    "catalog event %s (%s) ignored: source %s is not the topic's owner",
                    envelope.path("id").asText(), type, source);
            return Uni.createFrom().voidItem();
        }
        if (!type.startsWith("product.")) {
            return Uni.createFrom().voidItem(); // catalog.synced and types added later
        }
        JsonNode data = envelope.path("data");
        String productId = data.path("productId").asText(null);
        Instant time;
        try {
            time = Instant.parse(envelope.path("time").asText());
        } catch (Exception e) {
            time = null;
        }
        if (productId == null || time == null || !data.hasNonNull("consumerPrice") || !data.hasNonNull("costPrice")) {
            LOG.warnf(
                    "catalog event %s (%s) skipped: no productId, time or prices",
                    envelope.path("id").asText(), type);
            return Uni.createFrom().voidItem();
        }
        String status = data.path("status").asText(null);
        if (status == null) {
            status = "product.discontinued".equals(type) ? "DISCONTINUED" : "ON_SALE";
        }
        var product = new CatalogProduct(
                productId,
                data.path("provider").asText(productId.split(":", 2)[0]),
                data.path("name").asText(null),
                data.path("brandName").asText(null),
                data.path("consumerPrice").asLong(),
                data.path("costPrice").asLong(),
                status);
        return cache.upsert(product, time)
                .invoke(written -> LOG.debugf(
                        "catalog event %s for %s: %s",
                        envelope.path("id").asText(), productId, written ? "stored" : "older than the cached state"))
                .replaceWithVoid();
    }
}
