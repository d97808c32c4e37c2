package io.gifticon.settlement.service;

import io.gifticon.outbox.SafeContexts;
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
        SafeContexts.start(vertx, what, work, LOG);
    }
}
