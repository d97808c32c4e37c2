package io.gifticon.catalog.repository;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.gifticon.catalog.config.CatalogSearchConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Search result pages by their normalized criteria, for {@code catalog.search.cache.ttl}, at most
 * {@code catalog.search.cache.max-size} pages. The catalog only changes when a sync writes (it clears the cache when
 * it has written) or popularity is counted (not cleared: popularity may be up to the TTL behind).
 * <p>
 * Caffeine's async cache holds the pending result: concurrent identical misses share one database query; a failed
 * query is removed, never cached. Metrics: {@code cache.gets{cache=product-search,result=hit|miss}} and others.
 */
@ApplicationScoped
public class ProductSearchCache {
    public static final String NAME = "product-search";

    private final AsyncCache<ProductSearch, ProductSearchRepository.Result> cache;
    private volatile boolean enabled;

    public ProductSearchCache(CatalogSearchConfig config, MeterRegistry registry) {
        this.enabled = config.cache().enabled();
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.cache().maxSize())
                .expireAfterWrite(config.cache().ttl())
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(registry, cache, NAME);
    }

    /**
     * The cached result for {@code key}, or the result of {@code load}, cached once it succeeds. {@code key} must be
     * normalized: equal searches, equal keys.
     */
    public Uni<ProductSearchRepository.Result> get(
            ProductSearch key, Supplier<Uni<ProductSearchRepository.Result>> load) {
        if (!enabled) {
            return Uni.createFrom().deferred(load::get);
        }
        CompletableFuture<ProductSearchRepository.Result> pending = cache.get(
                key, (k, executor) -> Uni.createFrom().deferred(load::get).subscribeAsCompletionStage());
        if (pending.isDone()) {
            // a hit: answered on the caller's thread
            return Uni.createFrom().completionStage(pending.copy());
        }
        // shared by every concurrent identical search: a cancelled request must not cancel the others' query (copy);
        // the query completes on its first caller's event loop, each waiter resumes on its own Vert.x context
        Context context = Vertx.currentContext();
        Uni<ProductSearchRepository.Result> result = Uni.createFrom().completionStage(pending::copy);
        return context == null ? result : result.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /**
     * Drops every cached page, and the queries under way (their results are not cached): a search that starts after
     * this call reads the database as it is now.
     */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    /** Hits, misses, loads, evictions since the start. */
    public CacheStats stats() {
        return cache.synchronous().stats();
    }

    public long size() {
        return cache.synchronous().estimatedSize();
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Switches the cache at run time, for the benchmark (cold and cached figures in one run) and tests; in
     * production {@code catalog.search.cache.enabled} decides. Switching off also empties it.
     */
    public void enabled(boolean on) {
        this.enabled = on;
        if (!on) {
            invalidateAll();
        }
    }
}
