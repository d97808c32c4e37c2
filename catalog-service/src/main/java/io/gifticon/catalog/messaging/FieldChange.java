package io.gifticon.catalog.messaging;

/** One changed field of a product: {@code field} is e.g. consumerPrice, costPrice, status, validDays, validUntil. */
public record FieldChange(String field, Object oldValue, Object newValue) {}
