package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Product search. */
@ConfigMapping(prefix = "catalog.search")
public interface CatalogSearchConfig {

    /**
     * Matches counted exactly for a page's {@code total}; above it the total is this number with
     * {@code totalRelation = gte} (counting every match of a broad term like 커피 would cost more than the page).
     */
    @WithDefault("1000")
    int exactTotalLimit();

    /** The search-result cache ({@code ProductSearchCache}). */
    Cache cache();

    interface Cache {
        /** false: every search goes to PostgreSQL. */
        @WithDefault("true")
        boolean enabled();

        /** Cached result pages at most (least recently/frequently used ones are evicted). */
        @WithDefault("10000")
        long maxSize();

        /**
         * How long a page stays cached. Every sync run clears the cache when it has written; popularity updates do
         * not, so popularity (and the popularity sort) may be this much behind.
         */
        @WithDefault("30s")
        Duration ttl();

        /**
         * How often a replica looks for a sync run finished on another replica, to clear its cache ({@code off}:
         * never; then such changes show after the TTL).
         */
        @WithDefault("2s")
        String syncCheckInterval();
    }
}
