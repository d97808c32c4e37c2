package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Token-bucket limits per API client and route. Buckets live in the memory of each gateway instance: with N
 * replicas behind a load balancer a client gets up to N times the configured rate.
 */
@ConfigMapping(prefix = "gateway.rate-limits")
public interface RateLimitConfig {

    /** Whether limits are enforced at all. */
    @WithDefault("true")
    boolean enabled();

    /** Limit of every route that no entry of {@link #routes()} matches. */
    @WithName("default")
    Limit defaults();

    /** Limits by name; the longest matching prefix (with a matching method) wins. */
    Map<String, RouteLimit> routes();

    /** Per-client limits by client id; they replace the route limits for that client (each limit keeps its bucket). */
    Map<String, ClientLimit> clients();

    /**
     * Requests without a key (the OpenAPI and AsyncAPI documents, the settlement pages), per client address (an IPv6
     * client per /64); one bucket per address, kept in a bounded cache.
     */
    Anonymous anonymous();

    interface Anonymous {
        /** Tokens added per second per address. */
        @WithDefault("2")
        double rate();

        /** Bucket size per address. */
        @WithDefault("20")
        int burst();
    }

    interface Limit {
        /** Tokens added per second (sustained requests per second). */
        @WithDefault("50")
        double rate();

        /** Bucket size: requests allowed in a burst. */
        @WithDefault("100")
        int burst();
    }

    interface RouteLimit {
        /**
         * Path prefix, e.g. {@code /api/v1/coupons}; a {@code *} segment matches any one segment, e.g.
         * {@code /api/v1/webhooks/*}{@code /deliveries/*}{@code /redeliver}.
         */
        String prefix();

        /** HTTP methods the limit applies to; all methods when absent. */
        Optional<Set<String>> methods();

        /** Tokens added per second. */
        double rate();

        /** Bucket size. */
        int burst();
    }

    interface ClientLimit {
        /** Tokens added per second for this client, on every route. */
        double rate();

        /** Bucket size for this client, on every route. */
        int burst();
    }
}
