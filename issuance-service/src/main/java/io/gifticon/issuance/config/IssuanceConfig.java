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

    /** Prefix of our Giftishow tr_ids (at most 6 characters), one per environment sharing a provider account. */
    @WithDefault("gftc")
    String trIdPrefix();

    /** Outbox relay settings. */
    Outbox outbox();

    interface Outbox {
        /** How often the relay looks for unpublished events (it is also woken right after each commit). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Events published per relay round. */
        @WithDefault("200")
        int batchSize();
    }
}
