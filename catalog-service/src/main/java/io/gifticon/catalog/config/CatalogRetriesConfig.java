package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long background work waits out an outage (database or provider unreachable) before giving up. */
@ConfigMapping(prefix = "catalog.retries")
public interface CatalogRetriesConfig {

    /**
     * A coupon-events batch (popularity) is retried this long before it goes to the dead-letter topic (the partition
     * waits). Below the consumer's throttled.unprocessed-record-max-age.ms.
     */
    @WithDefault("5m")
    Duration consumer();

    /** A database step of a running sync (a page's writes, its progress) is retried this long; below stale-after. */
    @WithDefault("2m")
    Duration syncSteps();

    /** The nightly run keeps trying to start this long when the database does not answer at its fire time. */
    @WithDefault("30m")
    Duration schedule();
}
