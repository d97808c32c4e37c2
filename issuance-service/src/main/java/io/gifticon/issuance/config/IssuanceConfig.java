package io.gifticon.issuance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the issuance service. */
@ConfigMapping(prefix = "issuance")
public interface IssuanceConfig {

    /**
     * Base64 of a 32-byte AES key that encrypts PINs and recipient numbers at rest (env ISSUANCE_ENCRYPTION_KEY);
     * no default outside tests.
     */
    String encryptionKey();

    /**
     * Key of the PIN hashes published on coupon events (env PIN_HASH_KEY, the same secret settlement uses to
     * match redemption logs); no default outside local runs and tests.
     */
    String pinHashKey();

    /** Prefix of our Giftishow tr_ids (at most 6 characters), one per environment sharing a provider account. */
    @WithDefault("gftc")
    String trIdPrefix();

    /** The catalog-service, asked for a product this service has not cached yet. */
    Catalog catalog();

    interface Catalog {
        /** Base URL of catalog-service; products are read at {@code {url}/api/v1/products/{id}}. */
        @WithDefault("http://catalog:8081")
        String url();

        /** TCP connect timeout (the whole call is bounded by {@code CatalogClient/product/Timeout/value}, 3 s). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Socket read timeout, a backstop behind the fault-tolerance timeout. */
        @WithDefault("5s")
        Duration readTimeout();
    }

    /** Resolution of coupons whose provider outcome is unknown. */
    Reconciler reconciler();

    interface Reconciler {
        /**
         * The safety net: how often each instance looks for coupons to resolve (ISSUING left by a stopped
         * instance, backoffs that ended). A send that ends UNKNOWN starts the resolution at once, without waiting
         * for this.
         */
        @WithDefault("5s")
        Duration interval();

        /**
         * An ISSUING coupon unchanged for this long lost its send (the service stopped mid-call); it must exceed
         * the send timeout (Giftishow: 15 s) plus the time an outcome is retried against the database
         * ({@code record-retry}).
         */
        @WithDefault("60s")
        Duration issuingStaleAfter();

        /**
         * How long one instance holds a provider account's resolver lease without renewing it (renewed before
         * every coupon); another instance takes over once it ended. Longer than the slowest cancel with its
         * retries (4 × 15 s).
         */
        @WithDefault("90s")
        Duration lease();

        /** First wait after an attempt that settled nothing; it doubles with each attempt. */
        @WithDefault("1s")
        Duration retryBase();

        /** Longest wait between two attempts on one coupon. */
        @WithDefault("2m")
        Duration maxBackoff();

        /**
         * "Not found" to the compensating cancel of a send that became UNKNOWN less than this ago is not believed
         * yet (the send may still be in flight at the provider): the cancel is asked again after it.
         */
        @WithDefault("10s")
        Duration notFoundGrace();

        /** ISSUING coupons marked UNKNOWN per safety-net round. */
        @WithDefault("100")
        int batchSize();
    }

    /**
     * How long the outcome of a provider call (issued, refused, unknown) is retried against the database when it
     * cannot be stored (e.g. PostgreSQL restarting): first within the request, then in the background.
     */
    @WithDefault("40s")
    Duration recordRetry();

    /** Limits per coupon of the calls that reach the provider again (issue 12 §8), across replicas. */
    FollowUp followUp();

    interface FollowUp {
        /** Least time between two resends of one coupon. */
        @WithDefault("60s")
        Duration resendCooldown();

        /** Most resends of one coupon (GiftLetter refuses a sixth, P301). */
        @WithDefault("5")
        int maxResends();

        /** Least time between two {@code refresh=true} reads of one coupon that ask the provider. */
        @WithDefault("10s")
        Duration refreshCooldown();
    }

    /** Batches of coupons. */
    Batch batch();

    interface Batch {
        /** Most recipients one batch may have. */
        @WithDefault("10000")
        int maxRecipients();

        /**
         * Provider sends per second per service instance. giftishow-biz-api.txt 주의사항 5: one coupon per request,
         * no multipart, or the account may be suspended for overload — so a steady, modest pace.
         */
        @WithDefault("20")
        int sendsPerSecond();

        /** Provider sends in flight at once per service instance. */
        @WithDefault("4")
        int concurrency();

        /** Items one instance takes at a time. */
        @WithDefault("100")
        int claimSize();

        /** How long an instance holds the items it took before another may take them (after a crash). */
        @WithDefault("5m")
        Duration lease();

        /** How often the worker looks for waiting items (it is also woken when a batch arrives). */
        @WithDefault("2s")
        Duration pollInterval();
    }
}
