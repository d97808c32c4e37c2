package io.gifticon.catalog.messaging;

import io.gifticon.catalog.ProductEntity;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.outbox.OutboxEventEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the outbox rows of catalog events. */
public final class CatalogEvents {
    static final String SOURCE = EventSources.CATALOG;

    private CatalogEvents() {}

    /** A product event keyed by the product id, from the product as it is after the change. */
    public static OutboxEventEntity product(
            ProductEventType type, ProductEntity p, List<FieldChange> changes, UUID syncId, Instant at) {
        var data = new ProductEventData(
                p.id,
                p.provider,
                p.goodsCode,
                p.name,
                p.brandId,
                p.brandName,
                p.category,
                p.consumerPrice,
                p.costPrice,
                p.status,
                p.validDays,
                p.validUntil,
                p.imageUrl,
                changes == null || changes.isEmpty() ? null : List.copyOf(changes),
                syncId == null ? null : syncId.toString());
        return row(type, p.id, EventEnvelope.of(type.wireName(), SOURCE, at, p.id, data), at);
    }

    /** The one catalog.synced event of a run, keyed by the sync id. */
    public static OutboxEventEntity synced(CatalogSyncedData data, Instant at) {
        String key = "sync:" + data.syncId();
        return row(
                ProductEventType.CATALOG_SYNCED,
                key,
                EventEnvelope.of(ProductEventType.CATALOG_SYNCED.wireName(), SOURCE, at, key, data),
                at);
    }

    private static OutboxEventEntity row(ProductEventType type, String key, EventEnvelope<?> envelope, Instant at) {
        return OutboxEventEntity.of(Topics.CATALOG_EVENTS, key, envelope);
    }
}
