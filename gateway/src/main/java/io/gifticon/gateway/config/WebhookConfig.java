package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhook deliveries are picked, sent, retried and kept, and where the gateway may send them. */
@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends due deliveries (the Kafka consumer stores them regardless). */
    @WithDefault("true")
    boolean deliver();

    /** How often due deliveries are looked for. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most deliveries in flight on this instance (and so most claimed per poll). */
    @WithDefault("50")
    int batchSize();

    /**
     * Most deliveries of one client in flight across all instances (each webhook has at most one), so that a client
     * with many slow receivers cannot hold every slot.
     */
    @WithDefault("5")
    int maxInFlightPerClient();

    /** Wait after the first failed attempt; doubles after each further failure. */
    @WithDefault("10s")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** A delivery still failing this long after it was created (or redelivery was asked) is given up. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** Connect timeout towards a receiver (within the attempt deadline). */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * Absolute deadline of one attempt: name resolution, connect, request, response headers and body together. A
     * receiver that is slower (one dripping bytes, one that never answers) fails the attempt, which is retried.
     */
    @WithDefault("10s")
    Duration attemptDeadline();

    /** Most bytes of a receiver's response body read (then the connection is closed); only the status counts. */
    @WithDefault("4096")
    int maxResponseBytes();

    /**
     * Whether webhook URLs may name any host at all: {@code localhost}, private, loopback, link-local addresses and
     * in-cluster names. Only for local demos and tests, never in production: there the gateway may only call public
     * addresses.
     */
    @WithDefault("false")
    boolean allowPrivateUrls();

    /** Special-purpose ranges accepted anyway (tests: {@code 127.0.0.0/8} for local receivers). */
    Optional<List<String>> allowedPrivateRanges();

    /** Ranges refused on top of the special-purpose ones, e.g. the cluster's pod and service CIDRs if public. */
    Optional<List<String>> deniedRanges();

    /** Host-name suffixes refused on top of the in-cluster ones, e.g. the company's internal domain. */
    Optional<List<String>> deniedHostSuffixes();

    /**
     * DNS server ({@code host} or {@code host:port}) asked for webhook hosts; default the first {@code nameserver} of
     * /etc/resolv.conf. Names are asked as they are, never with the search domains appended.
     */
    Optional<String> dnsServer();

    /** Longest wait for the DNS answers of one host. */
    @WithDefault("2s")
    Duration dnsTimeout();

    /**
     * AES-256 key (base64 of 32 bytes) encrypting webhook secrets in the database (env
     * {@code GATEWAY_WEBHOOKS_ENCRYPTION_KEY}); demo values only in the local and test profiles.
     */
    String encryptionKey();

    /** Most webhooks one client may register. */
    @WithDefault("20")
    int maxPerClient();

    /** Pruning of finished deliveries. */
    Retention retention();

    interface Retention {
        /** Delivered and given-up deliveries (with their attempts) older than this are deleted. */
        @WithDefault("30d")
        Duration maxAge();

        /** How often the pruning runs (each run deletes in batches until nothing is left or the run's cap). */
        @WithDefault("10m")
        Duration interval();

        /** Rows per delete statement. */
        @WithDefault("1000")
        int batchSize();

        /** Most batches per run, so that one run never holds the database for long. */
        @WithDefault("100")
        int maxBatchesPerRun();
    }
}
