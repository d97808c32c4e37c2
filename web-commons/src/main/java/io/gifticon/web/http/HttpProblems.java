package io.gifticon.web.http;

import io.gifticon.web.ErrorCode;
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
                                    ErrorCode.MALFORMED_REQUEST,
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
                            ErrorCode.URI_TOO_LONG,
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
                            ErrorCode.HEADERS_TOO_LARGE,
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
            case 400 -> Problem.of(ErrorCode.MALFORMED_REQUEST, "The request cannot be read.");
            case 401 -> Problem.of(ErrorCode.UNAUTHENTICATED, "Authentication is required.");
            case 403 -> Problem.of(ErrorCode.FORBIDDEN, "This request is not allowed.");
            case 404 -> Problem.of(ErrorCode.NOT_FOUND, "Nothing is served at this path.");
            case 405 ->
                Problem.of(
                        ErrorCode.METHOD_NOT_ALLOWED,
                        "This path does not accept " + ctx.request().method().name() + ".");
            case 406 -> Problem.of(ErrorCode.NOT_ACCEPTABLE, "No representation matches the Accept header.");
            case 408 ->
                Problem.of(ErrorCode.REQUEST_TIMEOUT, "The request was not received in time.")
                        .withRetryable(true);
            case 411 -> Problem.of(ErrorCode.LENGTH_REQUIRED, "Send a Content-Length.");
            case 413 -> Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.");
            case 414 -> Problem.of(ErrorCode.URI_TOO_LONG, "The request target is too long.");
            case 415 -> Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "This path does not accept this Content-Type.");
            case 431 -> Problem.of(ErrorCode.HEADERS_TOO_LARGE, "The request headers are too large.");
            case 429 -> Problem.of(ErrorCode.RATE_LIMITED, "Retry later.").withRetryable(true);
            case 503 ->
                Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "Retry later.").withRetryable(true);
            case 504 -> Problem.of(ErrorCode.SERVICE_TIMEOUT, "Retry later.").withRetryable(true);
            default ->
                status >= 500
                        ? Problem.of(status, "INTERNAL", "Internal error", "The request failed unexpectedly.")
                                .withRetryable(true)
                        : Problem.of(status, "REQUEST_REJECTED", "Request rejected", "The request was refused.");
        };
    }
}
