package io.gifticon.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** Payload of {@code catalog.synced}: one per sync run, with each provider's outcome. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogSyncedData(
        String syncId,
        String trigger,
        String status,
        Instant startedAt,
        Instant finishedAt,
        List<ProviderOutcome> providers) {

    /** One provider's outcome in the run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderOutcome(
            String provider,
            String status,
            int products,
            int added,
            int changed,
            int discontinued,
            int suspended,
            List<String> errors) {}
}
