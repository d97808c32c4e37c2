package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long rows of processed work are kept (RetentionService); the catalog itself is never pruned. */
@ConfigMapping(prefix = "catalog.retention")
public interface CatalogRetentionConfig {

    /** How often the pruning runs ({@code off} disables). */
    @WithDefault("1h")
    String every();

    /** Rows deleted per statement. */
    @WithDefault("5000")
    int batchSize();

    /** Statements per table and run at most (a backlog is worked off over several runs). */
    @WithDefault("200")
    int maxBatches();

    /**
     * consumed_event (popularity's dedup of coupon-events): longer than the topic's retention (7 days) and its
     * dead-letter topic's (30 days), so no record that can still arrive has lost its mark.
     */
    @WithDefault("45d")
    Duration consumedEvents();

    /** Finished sync runs (sync_run with their sync_provider rows); a RUNNING run is never pruned. */
    @WithDefault("90d")
    Duration syncRuns();
}
