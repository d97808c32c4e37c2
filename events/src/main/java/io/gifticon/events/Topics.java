package io.gifticon.events;

/** Kafka topic names of the platform's event contract. */
public final class Topics {
    /** Coupon lifecycle events, keyed by coupon id. */
    public static final String COUPON_EVENTS = "coupon-events";
    /** Catalog changes, keyed by product id. */
    public static final String CATALOG_EVENTS = "catalog-events";
    /** Reconciliation, redemption and POS facts, keyed by the aggregate they concern. */
    public static final String SETTLEMENT_EVENTS = "settlement-events";

    private Topics() {}
}
