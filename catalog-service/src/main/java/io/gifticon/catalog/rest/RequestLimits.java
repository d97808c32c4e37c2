package io.gifticon.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every {@code /api/} request's body before it is read: none above {@code catalog.http.max-body-bytes} (413,
 * from the declared Content-Length, before a byte is buffered; a chunked body is bounded by
 * {@code quarkus.http.limits.max-body-size}), and none without a Content-Type (415: a JSON body must say so). The
 * catalog's only body is a sync request of a few bytes. Both as problem+json.
 */
@ApplicationScoped
public class RequestLimits {
    private final int maxBodyBytes;
    private final ObjectMapper json;

    public RequestLimits(
            @ConfigProperty(name = "catalog.http.max-body-bytes", defaultValue = "4096") int maxBodyBytes,
            ObjectMapper json) {
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    void install(@Observes Router router) {
        // before the REST handler (order 0 and later) reads the body
        router.route("/api/*").order(-100).handler(this::check);
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
            refuse(ctx, new DomainException(ErrorCode.MALFORMED_REQUEST, "Content-Length must be a number"));
            return;
        }
        if (declared == 0 && !chunked) {
            ctx.next();
            return;
        }
        if (declared > maxBodyBytes) {
            refuse(
                    ctx,
                    new DomainException(
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "the body of "
                                    + request.method().name() + " " + request.path() + " may be at most " + maxBodyBytes
                                    + " bytes, was " + declared));
            return;
        }
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(
                    ctx,
                    new DomainException(
                            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                            "a request body needs its Content-Type: application/json"));
            return;
        }
        ctx.next();
    }

    /** Answers with the refusal's problem (a Vert.x handler: the REST layer's problem mappers do not see it). */
    private void refuse(RoutingContext ctx, DomainException refusal) {
        Problem problem = refusal.problem();
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
}
