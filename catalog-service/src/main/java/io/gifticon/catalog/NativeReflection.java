package io.gifticon.catalog;

import io.gifticon.events.CatalogSyncedData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.ProductEventData;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Native images: event payloads written by the outbox with the events module's own ObjectMapper. */
@RegisterForReflection(
        targets = {
            EventEnvelope.class,
            ProductEventData.class,
            ProductEventData.FieldChange.class,
            CatalogSyncedData.class,
            CatalogSyncedData.ProviderOutcome.class
        })
final class NativeReflection {
    private NativeReflection() {}
}
