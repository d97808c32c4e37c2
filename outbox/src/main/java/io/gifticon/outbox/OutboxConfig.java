package io.gifticon.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rhythm of the outbox relay. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished events (it is also woken right after each commit). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events published per relay round. */
    @WithDefault("200")
    int batchSize();
}
