package io.gifticon.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.web.Problem;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * On a service behind the gateway ({@code gifticon.internal-auth.verify=true}): every request on the HTTP port must
 * carry a valid {@link InternalAuth} proof for exactly its method, request target and client headers, or it is
 * refused with 403 {@code INTERNAL_AUTH_FAILED} before any route sees it. Health and metrics are on the management
 * interface (its own port, which this filter does not see), so nothing on the HTTP port passes without a proof.
 */
@ApplicationScoped
public class InternalAuthFilter {
    private static final Logger LOG = Logger.getLogger(InternalAuthFilter.class);
    static final String CODE = "INTERNAL_AUTH_FAILED";

    private final InternalAuthConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private InternalAuth auth;

    public InternalAuthFilter(InternalAuthConfig config, Clock clock, ObjectMapper json) {
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    void check(@Observes StartupEvent event) {
        if (config.verify() && config.secret().isEmpty()) {
            throw new IllegalStateException("gifticon.internal-auth.verify=true needs gifticon.internal-auth.secret"
                    + " (env GIFTICON_INTERNAL_AUTH_SECRET)");
        }
    }

    void install(@Observes Router router) {
        if (!config.verify()) {
            return;
        }
        auth = new InternalAuth(config.secret().orElseThrow());
        router.route().order(-1_000).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<String> caller = verified(request);
        if (caller.isPresent()) {
            ctx.next();
            return;
        }
        LOG.debugf("refused %s %s: no valid %s", request.method(), request.path(), InternalAuth.HEADER);
        Problem problem = Problem.of(
                        403,
                        CODE,
                        "Forbidden",
                        "This service answers only requests forwarded by the platform's gateway.")
                .withRetryable(false);
        try {
            ctx.response()
                    .setStatusCode(403)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (Exception e) {
            ctx.fail(403);
        }
    }

    private Optional<String> verified(HttpServerRequest request) {
        List<String> headers = request.headers().getAll(InternalAuth.HEADER);
        List<String> clientIds = request.headers().getAll(InternalAuth.CLIENT_ID);
        List<String> scopes = request.headers().getAll(InternalAuth.CLIENT_SCOPES);
        // one value each: a second X-Client-Id that the service might read instead of the signed one is refused
        if (headers.size() != 1 || clientIds.size() > 1 || scopes.size() > 1) {
            return Optional.empty();
        }
        return auth.verify(
                headers.get(0),
                clock.instant().getEpochSecond(),
                config.maxSkew().toSeconds(),
                request.method().name(),
                request.uri(),
                clientIds.isEmpty() ? null : clientIds.get(0),
                scopes.isEmpty() ? null : scopes.get(0));
    }
}
