package io.gifticon.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gifticon.gateway.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Per client and route token buckets, in this instance's memory (one bucket per client and limit name, so the
 * number of buckets is bounded by clients × configured limits), and one bucket per client address for requests
 * without a key (a bounded cache: addresses are unbounded). Paths are canonical ({@code EdgeGuard}), so a route's
 * bucket cannot be escaped by spelling its path differently.
 */
@ApplicationScoped
public class RateLimiter {
    static final String DEFAULT = "default";

    private final RateLimitConfig config;
    private final List<Map.Entry<String, RateLimitConfig.RouteLimit>> routes;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Cache<String, TokenBucket> anonymous = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build();
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
                                e.getValue().prefix().length())
                        .reversed())
                .toList();
    }

    /** Counts one request of the client; empty when limits are switched off. */
    public Optional<RateLimitDecision> take(String clientId, String method, String path) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, RateLimitConfig.RouteLimit>> route =
                routes.stream().filter(e -> matches(e.getValue(), method, path)).findFirst();
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

    /** Counts one keyless request of a client address ({@code ClientAddresses.limitKey}). */
    public Optional<RateLimitDecision> takeAnonymous(String addressKey) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        return Optional.of(anonymous
                .get(
                        addressKey,
                        k -> new TokenBucket(
                                config.anonymous().rate(), config.anonymous().burst(), now))
                .tryTake(now));
    }

    private static boolean matches(RateLimitConfig.RouteLimit limit, String method, String path) {
        return prefixMatches(limit.prefix(), path)
                && limit.methods()
                        .map(m -> m.stream().anyMatch(method::equalsIgnoreCase))
                        .orElse(true);
    }

    /** Segment by segment; {@code *} is any one non-empty segment; the path may go on below the prefix. */
    static boolean prefixMatches(String prefix, String path) {
        String[] want = prefix.replaceAll("/+$", "").split("/", -1);
        String[] have = path.split("/", -1);
        if (have.length < want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean any = want[i].equals("*") && !have[i].isEmpty();
            if (!any && !want[i].equals(have[i])) {
                return false;
            }
        }
        return true;
    }
}
