package io.gifticon.catalog.rest;

import jakarta.ws.rs.QueryParam;

/** The query of the sync history, validated (Bean Validation): at most {@code limit} runs, newest first. */
public record SyncHistoryQuery(
        @QueryParam("limit") @WholeNumber(min = 1, max = 100)
        String limit) {
    public static final int DEFAULT_LIMIT = 20;

    /** The limit of a valid query: 20 when absent or blank. */
    public int limitOrDefault() {
        return (int) WholeNumber.Validator.valueOf(limit, DEFAULT_LIMIT);
    }
}
