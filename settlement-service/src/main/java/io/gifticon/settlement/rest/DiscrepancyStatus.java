package io.gifticon.settlement.rest;

/** A discrepancy's status as a query parameter ({@code open}, {@code resolved}; {@link EnumParams}). */
public enum DiscrepancyStatus {
    OPEN,
    RESOLVED
}
