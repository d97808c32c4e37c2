package io.gifticon.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Failures that say "not now" rather than "never": PostgreSQL unreachable, restarting or shutting down, a
 * connection lost ({@link Outages}), any other I/O failure, a provider unavailable. Background work (consumers, a
 * running sync, scheduled jobs) waits them out and resumes by itself instead of dead-lettering a record or dropping a
 * day; requests are not retried here (they reach the outage mapping unchanged: 503, retryable). Like
 * {@link Outages}, classes of other modules are recognised by name, so this module needs neither the providers nor
 * the PostgreSQL client.
 */
public final class Transients {
    private static final String PROVIDER_UNAVAILABLE = "io.gifticon.providers.ProviderUnavailableException";

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private Transients() {}

    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return false; // an unreadable document (an IOException to Jackson) stays unreadable
            }
            if (t instanceof IOException
                    || PROVIDER_UNAVAILABLE.equals(t.getClass().getName())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        // connection refused or lost, a connect timeout, PostgreSQL shutting down or refusing connections (SQLSTATE
        // class 08, 57P01-03, 53300)
        return Outages.isUnavailable(failure);
    }

    /**
     * The counter {@code <service>.transient.failures} of one kind of background work (an outage shows in the
     * metrics), e.g. {@code counter(metrics, "catalog", "coupon-events")}.
     */
    public static Counter counter(MeterRegistry metrics, String service, String work) {
        return Counter.builder(service + ".transient.failures")
                .description("attempts of background work that met an outage (database or provider unreachable) and "
                        + "were repeated")
                .tag("work", work)
                .register(metrics);
    }

    /** {@link #retried(Supplier, Duration, Counter, Executor)} on the caller's Vert.x context, if it has one. */
    public static <T> Uni<T> retried(Supplier<Uni<T>> work, Duration retryFor, Counter failures) {
        Context context = Vertx.currentContext();
        return retried(
                work,
                retryFor,
                failures,
                context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run()));
    }

    /**
     * {@code work}, subscribed again with backoff (0.5 s doubling to 30 s) while it fails transiently, for at most
     * {@code retryFor}; each attempt starts on {@code onContext} (Hibernate Reactive needs its Vert.x context).
     */
    public static <T> Uni<T> retried(Supplier<Uni<T>> work, Duration retryFor, Counter failures, Executor onContext) {
        return Uni.createFrom()
                .<T>deferred(work::get)
                .runSubscriptionOn(onContext)
                .onFailure(Transients::isTransient)
                .invoke(failure -> failures.increment())
                .onFailure(Transients::isTransient)
                .retry()
                .withBackOff(FIRST_BACKOFF, MAX_BACKOFF)
                .withJitter(0.2)
                .expireIn(Math.max(1, retryFor.toMillis()))
                .emitOn(onContext);
    }
}
