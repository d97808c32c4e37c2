package io.gifticon.issuance.rest;

import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Before any body is read: every JSON POST of this service must say {@code Content-Type} (415 otherwise: a
 * request without it used to be accepted and issued), and may not be larger than its route allows (413). The whole
 * server's cap is {@code quarkus.http.limits.max-body-size} (the batch route's size); single coupons and resends are
 * small.
 */
public class RequestLimits {
    /** A coupon or a resend: title 40 + message 1,000 characters, JSON-escaped, with room to spare. */
    static final long SMALL_BODY = 16 * 1024;

    private static final Pattern CANCEL = Pattern.compile("^/api/v1/coupons/[^/]+/cancel/?$");
    private static final Pattern BATCHES = Pattern.compile("^/api/v1/coupon-batches/?$");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/coupon") || CANCEL.matcher(path).matches()) {
            return Optional.empty(); // the cancel takes no body
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return Optional.of(ProblemMappers.respond(Problem.of(
                            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                            "This request needs a JSON body with Content-Type: application/json")
                    .withInstance(path)));
        }
        long limit = BATCHES.matcher(path).matches() ? Long.MAX_VALUE : SMALL_BODY;
        int length = request.getLength();
        if (length > limit) {
            return Optional.of(ProblemMappers.respond(Problem.of(
                            ErrorCode.PAYLOAD_TOO_LARGE, "The body may have at most " + limit + " bytes on this route")
                    .withInstance(path)));
        }
        return Optional.empty();
    }
}
