package io.gifticon.web.http;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every 4xx and 5xx the HTTP layer produces itself, outside the REST resources, as problem+json: the request-head
 * limits (414, 431), the router's own answers (404 no route, 405, 400 without Host, ...) and failures of Vert.x
 * handlers (413 from the body limit, 500). Installed in every app that depends on web-commons.
 */
@ApplicationScoped
public class HttpProblems implements HttpServerOptionsCustomizer {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);
    private static final int[] ROUTER_STATUSES = {
        400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 416, 422, 429, 431, 500, 501, 502, 503, 504
    };

    private final HttpLimitsConfig limits;

    public HttpProblems(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raiseNettyLimits(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raiseNettyLimits(options);
    }

    private void raiseNettyLimits(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), limits.hardMaxRequestLine()));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), limits.hardMaxHeaderBytes()));
    }

    /** After the head limits and the gateway's own path check (order {@code MIN_VALUE + 10}), before any route. */
    static final int TARGET_CHECK_ORDER = Integer.MIN_VALUE + 100;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkHead);
        router.route().order(TARGET_CHECK_ORDER).handler(HttpProblems::checkTarget);
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpProblems::failure);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, HttpProblems::failure);
        }
    }

    void installOnManagement(@Observes io.quarkus.vertx.http.ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(HttpProblems::checkTarget);
    }

    /**
     * The request target must be a valid URI (the check Quarkus makes before routing, handed over by
     * {@link RequestTargetValidation}): a malformed one is 400 {@code MALFORMED_REQUEST}, never a router failure.
     */
    static void checkTarget(RoutingContext ctx) {
        try {
            new java.net.URI(ctx.request().uri());
        } catch (java.net.URISyntaxException e) {
            ctx.response().putHeader("Connection", "close");
            ctx.request().resume();
            ProblemResponses.end(
                    ctx,
                    Problem.of(
                                    400,
                                    "MALFORMED_REQUEST",
                                    "Bad Request",
                                    "The request target is "
                                            + "not a valid URI (RFC 3986): escape spaces, backslashes, non-ASCII and other reserved "
                                            + "characters, and use only %XX escapes with two hex digits.")
                            .withRetryable(false));
            return;
        }
        ctx.next();
    }

    /** 414 / 431 before anything reads the request. */
    void checkHead(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(
                    ctx,
                    Problem.of(
                            414,
                            "URI_TOO_LONG",
                            "URI Too Long",
                            "The request target is longer than " + limits.maxUriLength() + " characters."));
            return;
        }
        int count = 0;
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            count++;
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (count > limits.maxHeaderCount() || bytes > limits.maxHeaderBytes()) {
            refuse(
                    ctx,
                    Problem.of(
                            431,
                            "HEADERS_TOO_LARGE",
                            "Request Header Fields Too Large",
                            "At most " + limits.maxHeaderCount() + " header fields and " + limits.maxHeaderBytes()
                                    + " bytes of headers."));
            return;
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, Problem problem) {
        ctx.response().putHeader("Connection", "close");
        ctx.request().resume();
        ProblemResponses.end(ctx, problem.withRetryable(false));
    }

    /** A failed or unrouted request: its status (500 when none) as a problem. */
    static void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ProblemException problem) {
            ProblemResponses.end(ctx, problem.problem());
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(
                    failure,
                    "request %s %s failed",
                    ctx.request().method(),
                    ctx.request().path());
        }
        ProblemResponses.end(ctx, problemOf(status, ctx));
    }

    static Problem problemOf(int status, RoutingContext ctx) {
        return switch (status) {
            case 400 -> Problem.of(400, "MALFORMED_REQUEST", "Bad Request", "The request cannot be read.");
            case 401 -> Problem.of(401, "UNAUTHENTICATED", "Unauthorized", "Authentication is required.");
            case 403 -> Problem.of(403, "FORBIDDEN", "Forbidden", "This request is not allowed.");
            case 404 -> Problem.of(404, "NOT_FOUND", "Not Found", "Nothing is served at this path.");
            case 405 ->
                Problem.of(
                        405,
                        "METHOD_NOT_ALLOWED",
                        "Method Not Allowed",
                        "This path does not accept " + ctx.request().method().name() + ".");
            case 406 ->
                Problem.of(406, "NOT_ACCEPTABLE", "Not Acceptable", "No representation matches the Accept header.");
            case 408 ->
                Problem.of(408, "REQUEST_TIMEOUT", "Request Timeout", "The request was not received in time.")
                        .withRetryable(true);
            case 411 -> Problem.of(411, "LENGTH_REQUIRED", "Length Required", "Send a Content-Length.");
            case 413 -> Problem.of(413, "PAYLOAD_TOO_LARGE", "Content Too Large", "The request body is too large.");
            case 414 -> Problem.of(414, "URI_TOO_LONG", "URI Too Long", "The request target is too long.");
            case 415 ->
                Problem.of(
                        415,
                        "UNSUPPORTED_MEDIA_TYPE",
                        "Unsupported Media Type",
                        "This path does not accept this Content-Type.");
            case 431 ->
                Problem.of(
                        431,
                        "HEADERS_TOO_LARGE",
                        "Request Header Fields Too Large",
                        "The request headers are too large.");
            case 429 ->
                Problem.of(429, "RATE_LIMITED", "Too Many Requests", "Retry later.")
                        .withRetryable(true);
            case 503 ->
                Problem.of(503, "SERVICE_UNAVAILABLE", "Service Unavailable", "Retry later.")
                        .withRetryable(true);
            case 504 ->
                Problem.of(504, "SERVICE_TIMEOUT", "Gateway Timeout", "Retry later.")
                        .withRetryable(true);
            default ->
                status >= 500
                        ? Problem.of(status, "INTERNAL", "Internal error", "The request failed unexpectedly.")
                                .withRetryable(true)
                        : Problem.of(status, "REQUEST_REJECTED", "Request rejected", "The request was refused.");
        };
    }
}
