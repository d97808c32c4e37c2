package io.gifticon.gateway.webhook;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Events whose {@code source} is not the owner of the topic they were read from (a forged {@code coupon.redeemed}
 * from {@code attacker}, a test producer, a misrouted record) are skipped by every consumer of the gateway: never
 * delivered to a webhook or a stream. Each one is counted ({@code gateway_events_skipped_total{topic, consumer,
 * reason="foreign-source"}}) and logged without any of its content, at most once a minute per consumer (whoever can
 * write such records must not be able to flood the log as well).
 */
@ApplicationScoped
public class ForeignEvents {
    private static final Logger LOG = Logger.getLogger(ForeignEvents.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> lastLogged = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unlogged = new ConcurrentHashMap<>();

    public ForeignEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Whether the consumer may act on the event; false (counted, logged) when it does not come from the owner. */
    public boolean fromOwner(String topic, String consumer, EventEnvelope<?> event) {
        if (EventSources.isFromOwner(topic, event)) {
            return true;
        }
        meters.counter("gateway.events.skipped", "topic", topic, "consumer", consumer, "reason", "foreign-source")
                .increment();
        long skipped = unlogged.computeIfAbsent(consumer, k -> new AtomicLong()).incrementAndGet();
        AtomicLong last =
                lastLogged.computeIfAbsent(consumer, k -> new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS));
        long now = System.nanoTime();
        long previous = last.get();
        if (now - previous >= LOG_EVERY_NANOS && last.compareAndSet(previous, now)) {
            unlogged.get(consumer).addAndGet(-skipped);
            LOG.warnf(
                    "skipped %d record(s) of %s (consumer %s) whose source is not %s, the topic's owner",
                    skipped, topic, consumer, EventSources.ownerOf(topic).orElse("?"));
        }
        return false;
    }
}
