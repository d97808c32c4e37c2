package io.gifticon.catalog.messaging;

import io.gifticon.catalog.ProductEntity;
import io.gifticon.events.CatalogEventType;
import io.gifticon.events.CatalogSyncedData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.gifticon.events.ProductEventData;
import io.gifticon.events.ProductEventData.FieldChange;
import io.gifticon.events.Topics;
import io.gifticon.outbox.OutboxEventEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the outbox rows of catalog events; types and payloads are the events module's (the contract). */
public final class CatalogEvents {
    static final String SOURCE = EventSources.CATALOG;

    private CatalogEvents() {}

    /** A product event keyed by the product id, from the product as it is after the change. */
    public static OutboxEventEntity product(
            CatalogEventType type, ProductEntity p, List<FieldChange> changes, UUID syncId, Instant at) {
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
        return OutboxEventEntity.of(
                Topics.CATALOG_EVENTS, p.id, EventEnvelope.of(type.wireName(), SOURCE, at, p.id, data));
    }

    /** The one catalog.synced event of a run, keyed by the sync id. */
    public static OutboxEventEntity synced(CatalogSyncedData data, Instant at) {
        String key = "sync:" + data.syncId();
        return OutboxEventEntity.of(
                Topics.CATALOG_EVENTS,
                key,
                EventEnvelope.of(CatalogEventType.CATALOG_SYNCED.wireName(), SOURCE, at, key, data));
    }
}
