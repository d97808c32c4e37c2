package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Product search. */
@ConfigMapping(prefix = "catalog.search")
public interface CatalogSearchConfig {

    /**
     * Matches counted exactly for a page's {@code total}; above it the total is this number with
     * {@code totalRelation = gte} (counting every match of a broad term like 커피 would cost more than the page).
     */
    @WithDefault("1000")
    int exactTotalLimit();
}
