package io.gifticon.catalog.messaging;

/** Catalog event types on {@code catalog-events}, with their wire names. */
public enum ProductEventType {
    ADDED("product.added"),
    CHANGED("product.changed"),
    DISCONTINUED("product.discontinued"),
    CATALOG_SYNCED("catalog.synced");

    private final String wireName;

    ProductEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
