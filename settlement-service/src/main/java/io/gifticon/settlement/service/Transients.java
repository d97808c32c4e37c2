package io.gifticon.settlement.service;

import io.gifticon.providers.ProviderUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Failures that say "not now" rather than "never": PostgreSQL unreachable, restarting or shutting down, a
 * connection lost, a provider unavailable. Background work (the coupon-events consumer, the daily jobs) waits them
 * out and resumes by itself instead of dead-lettering a record or dropping a day; requests are not retried here
 * (they reach web-commons' outage mapping unchanged: 503, retryable).
 */
public final class Transients {
    /** SQLSTATE 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections. */
    static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private Transients() {}

    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return false; // an unreadable document (an IOException to Jackson) stays unreadable
            }
            if (t instanceof ProviderUnavailableException
                    || t instanceof ConnectException
                    || t instanceof ClosedConnectionException
                    || t instanceof IOException
                    || t instanceof io.netty.channel.ConnectTimeoutException
                    || t instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
                return true;
            }
            // SQLSTATE class 08: connection exception
            if (t instanceof PgException pg
                    && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(pg.getSqlState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The counter of transient failures met by one kind of background work (an outage shows in the metrics). */
    public static Counter counter(MeterRegistry metrics, String work) {
        return Counter.builder("settlement.transient.failures")
                .description("attempts of background work that met an outage (database or provider unreachable) and "
                        + "were repeated")
                .tag("work", work)
                .register(metrics);
    }

    /**
     * {@code work}, subscribed again with backoff (0.5 s doubling to 30 s) while it fails transiently, for at most
     * {@code retryFor}; each attempt starts on the caller's Vert.x context (Hibernate Reactive needs it).
     */
    public static <T> Uni<T> retried(Supplier<Uni<T>> work, Duration retryFor, Counter failures) {
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
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
