package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How API keys are looked up: known keys are cached briefly (revocation is effective after {@link #cacheTtl()}),
 * unknown keys are answered from a negative cache, and keys that are in neither cache are looked up in the database
 * only within a budget per client address and a global concurrency cap, so that a flood of random keys cannot take
 * the connection pool from known clients.
 */
@ConfigMapping(prefix = "gateway.auth")
public interface AuthConfig {

    /** How long a key found in {@code api_client} is trusted without asking the database again. */
    @WithDefault("30s")
    Duration cacheTtl();

    /**
     * How long an expired entry may still be used when the database cannot be asked (down, or every look-up slot
     * busy with unknown keys): known clients keep working through a short outage or a flood; a revocation then
     * takes effect at most this late.
     */
    @WithDefault("5m")
    Duration maxStale();

    /** How long a key that is not in {@code api_client} is refused without asking the database again. */
    @WithDefault("30s")
    Duration negativeTtl();

    /** Database look-ups of uncached keys per second per client address (sustained). */
    @WithDefault("1")
    double lookupsPerAddressRate();

    /** Burst of database look-ups of uncached keys per client address. */
    @WithDefault("10")
    int lookupsPerAddressBurst();

    /** Most database look-ups of uncached keys at the same time (the pool keeps the rest for everything else). */
    @WithDefault("4")
    int maxConcurrentLookups();

    /** Most entries of each cache (known keys, unknown keys, per-address budgets). */
    @WithDefault("100000")
    int maxCacheEntries();
}
