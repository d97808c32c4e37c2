package io.gifticon.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.web.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes a {@link Problem} as {@code application/problem+json} outside the REST layer (router, Vert.x handlers). */
public final class ProblemResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {}

    public static Buffer encode(Problem problem) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem cannot be written", e);
        }
    }

    /** Ends the response with the problem unless it was already sent; the instance is the request path. */
    public static void end(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            if (!response.ended()) {
                response.reset();
            }
            return;
        }
        Problem withPath = problem.instance() == null ? problem.withInstance(safePath(ctx)) : problem;
        if (withPath.retryable() != null
                && withPath.retryable()
                && withPath.status() >= 500
                && response.headers().get("Retry-After") == null) {
            response.putHeader("Retry-After", "1");
        }
        response.setStatusCode(withPath.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(encode(withPath));
    }

    /** The path as received, shortened: it is echoed and may be an attacker's megabyte. */
    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 256; i++) {
            char c = path.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
