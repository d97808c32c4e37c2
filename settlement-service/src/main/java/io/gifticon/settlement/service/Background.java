package io.gifticon.settlement.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Runs work after the request answered, on a fresh safe duplicated Vert.x context (Hibernate Reactive needs one). */
@ApplicationScoped
public class Background {
    private static final Logger LOG = Logger.getLogger(Background.class);
    private final Vertx vertx;

    public Background(Vertx vertx) {
        this.vertx = vertx;
    }

    public void run(String what, Supplier<Uni<?>> work) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(work).subscribe().with(
                done -> { }, failure -> LOG.warnf("%s failed: %s", what, failure.toString())));
    }
}
