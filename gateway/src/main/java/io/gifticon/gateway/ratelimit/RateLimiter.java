package io.gifticon.gateway.ratelimit;

import io.gifticon.gateway.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per client and route token buckets, in this instance's memory (one bucket per client and limit name, so the
 * number of buckets is bounded by clients × configured limits).
 */
@ApplicationScoped
public class RateLimiter {
    static final String DEFAULT = "default";

    private final RateLimitConfig config;
    private final List<Map.Entry<String, RateLimitConfig.RouteLimit>> routes;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    RateLimiter(RateLimitConfig config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
        this.routes = config.routes().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, RateLimitConfig.RouteLimit> e) ->
                        e.getValue().prefix().length()).reversed())
                .toList();
    }

    /** Counts one request of the client; empty when limits are switched off. */
    public Optional<RateLimitDecision> take(String clientId, String method, String path) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, RateLimitConfig.RouteLimit>> route = routes.stream()
                .filter(e -> matches(e.getValue(), method, path)).findFirst();
        String name = route.map(Map.Entry::getKey).orElse(DEFAULT);
        RateLimitConfig.ClientLimit perClient = config.clients().get(clientId);
        double rate;
        int burst;
        if (perClient != null) {
            rate = perClient.rate();
            burst = perClient.burst();
        } else if (route.isPresent()) {
            rate = route.get().getValue().rate();
            burst = route.get().getValue().burst();
        } else {
            rate = config.defaults().rate();
            burst = config.defaults().burst();
        }
        long now = clock.getAsLong();
        return Optional.of(buckets.computeIfAbsent(clientId + '\u0000' + name, k -> new TokenBucket(rate, burst, now))
                .tryTake(now));
    }

    private static boolean matches(RateLimitConfig.RouteLimit limit, String method, String path) {
        String prefix = limit.prefix();
        boolean pathMatches = path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        return pathMatches && limit.methods().map(m -> m.stream().anyMatch(method::equalsIgnoreCase)).orElse(true);
    }
}
