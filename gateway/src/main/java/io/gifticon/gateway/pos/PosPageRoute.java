package io.gifticon.gateway.pos;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code /pos} without the slash sends the browser to the page: {@code /pos/} (static files, META-INF/resources). */
@ApplicationScoped
public class PosPageRoute {
    void install(@Observes Router router) {
        router.routeWithRegex("^/pos$")
                .handler(ctx -> ctx.response()
                        .setStatusCode(301)
                        .putHeader("Location", "/pos/")
                        .end());
    }
}
