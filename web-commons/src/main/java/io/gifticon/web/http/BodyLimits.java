package io.gifticon.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Checks every {@code /api/} request's body before it is read, in every service that says how large its routes'
 * bodies may be (a {@link Policy} bean): none above its route's limit (413, from the declared Content-Length, before
 * a byte is buffered; a chunked body is bounded by {@code quarkus.http.limits.max-body-size}), none with an
 * unreadable Content-Length (400), and none without a Content-Type (415: a JSON body must say so). A Vert.x handler
 * ahead of the REST layer, so it answers the problem+json itself and closes the connection instead of draining the
 * body. An app without a {@link Policy} (the gateway has its own limits) gets no such check.
 */
@ApplicationScoped
public class BodyLimits {
    /** How large a body a route may have. */
    public interface Policy {
        /** Bytes {@code method path} may send at most; {@link #UNCHECKED} for a route this check leaves alone. */
        long maxBodyBytes(HttpMethod method, String path);
    }

    /** What {@link Policy#maxBodyBytes} answers for a route whose body is not checked here. */
    public static final long UNCHECKED = -1;

    private final Instance<Policy> policy;
    private final ObjectMapper json;

    public BodyLimits(Instance<Policy> policy, ObjectMapper json) {
        this.policy = policy;
        this.json = json;
    }

    void install(@Observes Router router) {
        if (policy.isResolvable()) {
            Policy limits = policy.get();
            // before the REST handler (order 0 and later) reads the body
            router.route("/api/*").order(-100).handler(ctx -> check(ctx, limits));
        }
    }

    private void check(RoutingContext ctx, Policy limits) {
        HttpServerRequest request = ctx.request();
        long limit = limits.maxBodyBytes(request.method(), request.path());
        if (limit == UNCHECKED) {
            ctx.next();
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared < 0) {
            refuse(ctx, Problem.of(ErrorCode.MALFORMED_REQUEST, "Content-Length must be a number"));
            return;
        }
        if (declared == 0 && !chunked) {
            ctx.next();
            return;
        }
        if (declared > limit) {
            refuse(
                    ctx,
                    Problem.of(
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "the body of " + request.method().name() + " " + request.path() + " may be at most " + limit
                                    + " bytes, was " + declared));
            return;
        }
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(
                    ctx,
                    Problem.of(
                            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                            "a request body needs its Content-Type: application/json"));
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem.withInstance(ctx.request().path()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + ",\"code\":\"" + problem.code() + "\"}";
        }
        // the body is not read: the connection closes after the answer instead of draining it
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** Whether {@code method} carries a body this check looks at. */
    public static boolean writes(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }
}
