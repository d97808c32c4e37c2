package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The buffer of recent events behind the server-sent event stream (one per gateway instance). */
@ConfigMapping(prefix = "gateway.events")
public interface EventStreamConfig {

    /** Most events kept for resuming with {@code Last-Event-ID}. */
    @WithDefault("10000")
    int bufferSize();

    /** Events older than this are dropped from the buffer, and read back from Kafka at start. */
    @WithDefault("1h")
    Duration bufferAge();

    /** Interval of SSE comments that keep idle connections (and proxies in between) open. */
    @WithDefault("20s")
    Duration heartbeat();

    /** Most streams one client may hold open on one instance (429 {@code TOO_MANY_STREAMS} beyond). */
    @WithDefault("5")
    int maxStreamsPerClient();

    /** Most streams one instance holds open for all clients together. */
    @WithDefault("1000")
    int maxStreams();
}
