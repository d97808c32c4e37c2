package io.gifticon.issuance.service;

import io.gifticon.issuance.repository.ReconcilerRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * How many coupons are in doubt right now and since when: UNKNOWN (a send without a readable answer) and
 * CANCELLING (a cancel without one), read every few seconds (the reconciler's rounds) and after each drain.
 * Exposed as gauges {@code issuance.unknown.backlog}, {@code issuance.unknown.oldest.age} (seconds) and
 * {@code issuance.cancelling.backlog}, and in the readiness details.
 */
@ApplicationScoped
public class UnknownBacklog {
    private static final Logger LOG = Logger.getLogger(UnknownBacklog.class);

    private final ReconcilerRepository coupons;
    private final Clock clock;
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong cancelling = new AtomicLong();
    private final AtomicReference<Instant> oldestUnknown = new AtomicReference<>();
    private final AtomicReference<Instant> readAt = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean refreshing =
            new java.util.concurrent.atomic.AtomicBoolean();

    public UnknownBacklog(ReconcilerRepository coupons, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.coupons = coupons;
        Gauge.builder("issuance.unknown.backlog", unknown, AtomicLong::get)
                .description("Coupons whose send outcome is unknown (being resolved by the compensating cancel)")
                .register(metrics);
        Gauge.builder("issuance.unknown.oldest.age", this, UnknownBacklog::oldestAgeSeconds)
                .description("Age in seconds of the oldest UNKNOWN coupon (0 when none)")
                .baseUnit("seconds")
                .register(metrics);
        Gauge.builder("issuance.cancelling.backlog", cancelling, AtomicLong::get)
                .description("Coupons whose cancel is waiting for the provider's answer")
                .register(metrics);
    }

    /** Reads the backlog from the database (one indexed query). */
    public Uni<Void> refresh() {
        return coupons.backlog()
                .invoke(b -> {
                    unknown.set(b.unknown());
                    cancelling.set(b.cancelling());
                    oldestUnknown.set(b.oldestUnknown());
                    readAt.set(clock.instant());
                })
                .replaceWithVoid();
    }

    /** A refresh without waiting for it (after a drain); skipped while one runs. */
    public void refreshSoon() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        refresh()
                .eventually(() -> refreshing.set(false))
                .subscribe()
                .with(ok -> {}, failure -> LOG.debugf("backlog not read: %s", failure.toString()));
    }

    public long unknownCount() {
        return unknown.get();
    }

    public long cancellingCount() {
        return cancelling.get();
    }

    /** Seconds since the oldest UNKNOWN coupon became UNKNOWN; 0 when there is none. */
    public double oldestAgeSeconds() {
        Instant oldest = oldestUnknown.get();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** When the figures were read, or null before the first read. */
    public Instant readAt() {
        return readAt.get();
    }
}
