package io.gifticon.settlement.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks every {@code /api/} request's body before it is read: no body above its route's limit (413, from the
 * declared Content-Length, before a byte of it is buffered; a chunked body is bounded by
 * {@code quarkus.http.limits.max-body-size} and checked again where it is read), and no body without a
 * Content-Type (415: a JSON body must say so). Both as problem+json.
 */
@ApplicationScoped
public class RequestLimits {
    static final String POS_TRANSACTIONS = "/api/v1/pos/transactions";
    private final SettlementConfig config;
    private final ObjectMapper json;

    public RequestLimits(SettlementConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        // before the REST handler (order 0 and later) reads the body
        router.route("/api/*").order(-100).handler(this::check);
    }

    /** The largest body a route takes, bytes. */
    int limitFor(HttpMethod method, String path) {
        if (method == HttpMethod.POST && POS_TRANSACTIONS.equals(path)) {
            return config.pos().maxBodyBytes();
        }
        return config.http().maxBodyBytes();
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
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
        int limit = limitFor(request.method(), request.path());
        if (declared > limit) {
            refuse(
                    ctx,
                    Problem.of(
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "the body of "
                                    + request.method().name() + " " + request.path() + " may be at most " + limit
                                    + " bytes, was "
                                    + declared));
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
            body = json.writeValueAsString(
                    problem.withRetryable(false).withInstance(ctx.request().path()));
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
}
