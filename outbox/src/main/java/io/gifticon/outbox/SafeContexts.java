package io.gifticon.outbox;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Work on a fresh, safe duplicated Vert.x context. Hibernate Reactive keeps one session per context and refuses
 * unsafe ones, so work that does not start from a request (Kafka consumers, timers, background rounds) and
 * concurrent operations that must not share a session each need a context of their own.
 */
public final class SafeContexts {
    private SafeContexts() {}

    /** Runs {@code work} on a new safe duplicated context; the result arrives as a Uni. */
    public static <T> Uni<T> run(Vertx vertx, Supplier<? extends Uni<? extends T>> work) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom()
                .emitter(emitter -> context.runOnContext(ignored ->
                        Uni.createFrom().<T>deferred(work::get).subscribe().with(emitter::complete, emitter::fail)));
    }

    /** Starts {@code work} on a new safe duplicated context without waiting; a failure is logged as {@code what}. */
    public static void start(Vertx vertx, String what, Supplier<? extends Uni<?>> work, Logger log) {
        run(vertx, work).subscribe().with(done -> {}, failure -> log.warnf("%s failed: %s", what, failure.toString()));
    }
}
