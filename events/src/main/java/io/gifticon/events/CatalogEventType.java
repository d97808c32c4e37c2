package io.gifticon.events;

import java.util.Arrays;
import java.util.Optional;

/** Event types published on {@link Topics#CATALOG_EVENTS} by catalog-service. */
public enum CatalogEventType implements EventType {
    ADDED("product.added", ProductEventData.class),
    CHANGED("product.changed", ProductEventData.class),
    DISCONTINUED("product.discontinued", ProductEventData.class),
    CATALOG_SYNCED("catalog.synced", CatalogSyncedData.class);

    private final String wireName;
    private final Class<?> dataType;

    CatalogEventType(String wireName, Class<?> dataType) {
        this.wireName = wireName;
        this.dataType = dataType;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String topic() {
        return Topics.CATALOG_EVENTS;
    }

    @Override
    public Class<?> dataType() {
        return dataType;
    }

    public static Optional<CatalogEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
