package io.gifticon.catalog;

import io.gifticon.catalog.messaging.CatalogSyncedData;
import io.gifticon.catalog.messaging.FieldChange;
import io.gifticon.catalog.messaging.ProductEventData;
import io.gifticon.events.EventEnvelope;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Native images: event payloads written by the outbox with the events module's own ObjectMapper. */
@RegisterForReflection(
        targets = {
            EventEnvelope.class,
            ProductEventData.class,
            FieldChange.class,
            CatalogSyncedData.class,
            CatalogSyncedData.ProviderOutcome.class
        })
final class NativeReflection {
    private NativeReflection() {}
}
