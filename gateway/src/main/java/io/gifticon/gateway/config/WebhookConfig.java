package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhook deliveries are picked, sent and retried. */
@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends due deliveries (the Kafka consumer stores them regardless). */
    @WithDefault("true")
    boolean deliver();

    /** How often due deliveries are looked for. */
    @WithDefault("1s")
    Duration pollInterval();

    /** At most this many deliveries are claimed per poll. */
    @WithDefault("50")
    int batchSize();

    /** Wait after the first failed attempt; doubles after each further failure. */
    @WithDefault("10s")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** A delivery still failing this long after it was created (or redelivery was asked) is given up. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** Connect timeout towards a receiver. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time a receiver has to answer; also how long a claimed delivery stays reserved for the sending instance. */
    @WithDefault("10s")
    Duration responseTimeout();

    /**
     * Whether webhook URLs may name loopback, private or link-local IP addresses, {@code localhost} or cluster-internal
     * host names (no dot, {@code .local}, {@code .internal}, {@code .svc}). Off in production so that a client cannot
     * make the gateway call the services behind it; names that merely resolve to such addresses are not caught here
     * (an egress network policy is the real guard).
     */
    @WithDefault("false")
    boolean allowPrivateUrls();

    /**
     * AES-256 key (base64 of 32 bytes) encrypting webhook secrets in the database (env
     * {@code GATEWAY_WEBHOOKS_ENCRYPTION_KEY}); demo values only in the local and test profiles.
     */
    String encryptionKey();

    /** Most webhooks one client may register. */
    @WithDefault("20")
    int maxPerClient();
}
