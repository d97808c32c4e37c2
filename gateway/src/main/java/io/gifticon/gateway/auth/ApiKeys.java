package io.gifticon.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gifticon.gateway.config.AuthConfig;
import io.gifticon.gateway.config.GatewayConfig;
import io.gifticon.gateway.ratelimit.TokenBucket;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Finds the client of an API key by the key's SHA-256: first among the clients in configuration, then in the
 * table {@code api_client} (revoked rows do not count). Keys themselves are never stored.
 * <p>
 * The database is asked only when neither cache answers: known keys are cached for {@code gateway.auth.cache-ttl}
 * (a revocation is effective after that), unknown keys for {@code gateway.auth.negative-ttl}. Before a look-up, the
 * client address spends a token of its own budget (refused: {@link Authentication.Throttled}, no database work);
 * at most {@code gateway.auth.max-concurrent-lookups} run at once and concurrent requests with the same key share
 * one. When the database cannot answer, a known key's expired entry is used for up to {@code gateway.auth.max-stale}.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final Map<String, ApiClient> configured = new HashMap<>();
    private final ApiClientRepository clients;
    private final AuthConfig config;
    private final LongSupplier clock;
    private final Cache<String, Cached> known;
    private final Cache<String, Boolean> unknown;
    private final Cache<String, TokenBucket> budgets;
    private final Map<String, Uni<Optional<ApiClient>>> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    private record Cached(ApiClient client, long fetchedNanos) {}

    @jakarta.inject.Inject
    public ApiKeys(GatewayConfig gateway, AuthConfig config, ApiClientRepository clients) {
        this(gateway, config, clients, System::nanoTime);
    }

    ApiKeys(GatewayConfig gateway, AuthConfig config, ApiClientRepository clients, LongSupplier clock) {
        this.clients = clients;
        this.config = config;
        this.clock = clock;
        gateway.clients()
                .forEach((name, client) -> configured.put(
                        client.keySha256().toLowerCase(), new ApiClient(name, new LinkedHashSet<>(client.scopes()))));
        this.known = Caffeine.newBuilder()
                .maximumSize(config.maxCacheEntries())
                .expireAfterWrite(config.cacheTtl().plus(config.maxStale()).toNanos(), TimeUnit.NANOSECONDS)
                .build();
        this.unknown = Caffeine.newBuilder()
                .maximumSize(config.maxCacheEntries())
                .expireAfterWrite(config.negativeTtl().toNanos(), TimeUnit.NANOSECONDS)
                .build();
        this.budgets = Caffeine.newBuilder()
                .maximumSize(config.maxCacheEntries())
                .expireAfterAccess(Duration.ofMinutes(10).toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    /** Looks up a key on behalf of a client address (the key of its look-up budget). */
    public Uni<Authentication> authenticate(String apiKey, String addressKey) {
        if (!wellFormed(apiKey)) {
            return Uni.createFrom().item(new Authentication.Unknown());
        }
        String hash = sha256(apiKey);
        ApiClient fromConfig = configured.get(hash);
        if (fromConfig != null) {
            return Uni.createFrom().item(new Authentication.Known(fromConfig));
        }
        long now = clock.getAsLong();
        Cached cached = known.getIfPresent(hash);
        if (cached != null && now - cached.fetchedNanos() < config.cacheTtl().toNanos()) {
            return Uni.createFrom().item(new Authentication.Known(cached.client()));
        }
        if (cached == null && unknown.getIfPresent(hash) != null) {
            return Uni.createFrom().item(new Authentication.Unknown());
        }
        Uni<Optional<ApiClient>> shared = inFlight.get(hash);
        if (shared == null) {
            TokenBucket budget = budgets.get(
                    addressKey,
                    k -> new TokenBucket(config.lookupsPerAddressRate(), config.lookupsPerAddressBurst(), now));
            var decision = budget.tryTake(now);
            if (!decision.allowed()) {
                return Uni.createFrom()
                        .item(
                                cached != null
                                        ? new Authentication.Known(cached.client())
                                        : new Authentication.Throttled(decision.retryAfterSeconds()));
            }
            if (lookups.incrementAndGet() > config.maxConcurrentLookups()) {
                lookups.decrementAndGet();
                return Uni.createFrom()
                        .item(
                                cached != null
                                        ? new Authentication.Known(cached.client())
                                        : new Authentication.Unavailable(1));
            }
            shared = lookUp(hash)
                    .onTermination()
                    .invoke(() -> {
                        lookups.decrementAndGet();
                        inFlight.remove(hash);
                    })
                    .memoize()
                    .indefinitely();
            Uni<Optional<ApiClient>> raced = inFlight.putIfAbsent(hash, shared);
            if (raced != null) {
                lookups.decrementAndGet();
                shared = raced;
            }
        }
        return shared.map(found ->
                        found.<Authentication>map(Authentication.Known::new).orElseGet(Authentication.Unknown::new))
                .onFailure()
                .recoverWithItem(e -> {
                    if (cached != null) {
                        LOG.warnf(
                                "API key look-up failed, using the cached client %s: %s",
                                cached.client().id(), e.toString());
                        return new Authentication.Known(cached.client());
                    }
                    LOG.warnf("API key look-up failed: %s", e.toString());
                    return new Authentication.Unavailable(5);
                });
    }

    private Uni<Optional<ApiClient>> lookUp(String hash) {
        return clients.findActive(hash).invoke(found -> {
            if (found.isEmpty()) {
                known.invalidate(hash);
                unknown.put(hash, Boolean.TRUE);
            } else {
                known.put(hash, new Cached(found.get(), clock.getAsLong()));
            }
        });
    }

    /** Printable ASCII, at most 256 characters: anything else cannot be a key we issued. */
    static boolean wellFormed(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 256) {
            return false;
        }
        for (int i = 0; i < apiKey.length(); i++) {
            char c = apiKey.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
