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

    /** Pruning of published events. */
    Retention retention();

    interface Retention {
        /** Whether published events are deleted at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long a published event is kept (for replays and investigations) before it is deleted. Unpublished
         * events are never deleted. Consumers deduplicate with their own tables, not with this one.
         */
        @WithDefault("7d")
        java.time.Duration publishedAge();

        /** How often the pruning runs. */
        @WithDefault("1h")
        java.time.Duration interval();

        /** Rows deleted per statement (one short transaction each, until none is left). */
        @WithDefault("5000")
        int batchSize();
    }
}
