package io.gifticon.gateway.edge;

import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.http.ProblemResponses;
import io.gifticon.web.text.StorableParameters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;

/**
 * The first handler of every request on the public port, before authentication: the path must be canonical
 * ({@link CanonicalPath}; 400 {@code NON_CANONICAL_PATH}), query and header values must decode to storable text (400
 * {@code VALIDATION_FAILED}), {@code /q/*} is not served here (management interface only; 404), a body needs a
 * {@code Content-Type} (415) and must fit the route's limit (413 {@code PAYLOAD_TOO_LARGE} when its
 * {@code Content-Length} says it does not; a chunked body is cut by the proxy at the same limit).
 */
@ApplicationScoped
public class EdgeGuard {
    /** Runs right after web-commons' request-head limits, before the gateway's routes (order -100). */
    static final int ORDER = Integer.MIN_VALUE + 10;

    private final BodyLimits bodyLimits;

    public EdgeGuard(BodyLimits bodyLimits) {
        this.bodyLimits = bodyLimits;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<Problem> problem = problem(request);
        if (problem.isPresent()) {
            ctx.request().resume();
            ProblemResponses.end(ctx, problem.get());
            return;
        }
        ctx.next();
    }

    Optional<Problem> problem(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || !uri.startsWith("/")) {
            return Optional.of(nonCanonical("the request target must be a path (origin form), not "
                    + (uri != null && uri.equals("*") ? "'*'" : "an absolute URI")));
        }
        Optional<String> path = CanonicalPath.problem(request.path());
        if (path.isPresent()) {
            return Optional.of(nonCanonical(path.get()));
        }
        Optional<Problem> text = StorableParameters.problem(request.query(), Map.of(), request.headers());
        if (text.isPresent()) {
            return text;
        }
        if (request.path().equals("/q") || request.path().startsWith("/q/")) {
            return Optional.of(Problem.of(ErrorCode.NOT_FOUND, "Management endpoints are not served on this port."));
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        boolean hasBody = chunked || (length != null && !length.equals("0"));
        if (hasBody && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            return Optional.of(
                    Problem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "A request with a body needs a Content-Type.")
                            .withRetryable(false));
        }
        long limit = bodyLimits.limitFor(request.path());
        if (length != null && !chunked) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            if (declared > limit) {
                return Optional.of(tooLarge(limit));
            }
        }
        return Optional.empty();
    }

    static Problem nonCanonical(String reason) {
        return Problem.of(
                        ErrorCode.NON_CANONICAL_PATH,
                        "The request path is not in canonical form: " + reason
                                + ". Send each path in its one canonical spelling.")
                .withRetryable(false);
    }

    public static Problem tooLarge(long limit) {
        return Problem.of(
                        ErrorCode.PAYLOAD_TOO_LARGE,
                        "The request body is larger than this route accepts (" + limit + " bytes).")
                .withRetryable(false);
    }
}
