package io.gifticon.web.text;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters and header values are checked before any resource method runs: the raw path and query
 * are decoded strictly (valid percent-escapes, valid UTF-8), and no parameter may hold text PostgreSQL cannot store
 * (NUL, unpaired surrogates). A failure is 400 {@code VALIDATION_FAILED} naming the parameter.
 */
public class StorableParameters {

    @ServerRequestFilter
    public Optional<Response> check(HttpServerRequest request, UriInfo uri) {
        return rawPath(request.path())
                .or(() -> problem(request.query(), uri.getPathParameters(), request.headers()))
                .map(p -> ProblemMappers.respond(p.withInstance(uri.getPath())));
    }

    /** The raw path must decode strictly (a path parameter is a part of it). */
    public static Optional<Problem> rawPath(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        try {
            return StorableText.problem(StorableText.decodeStrictly(rawPath, false))
                    .map(reason -> TextProblemMappers.invalid("path", reason));
        } catch (IllegalArgumentException e) {
            return Optional.of(TextProblemMappers.invalid("path", e.getMessage()));
        }
    }

    /**
     * The first unacceptable parameter among the raw query, the path parameters (decoded: checked as text only) and
     * the header values.
     */
    public static Optional<Problem> problem(
            String rawQuery, Map<String, List<String>> pathParameters, Iterable<Map.Entry<String, String>> headers) {
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                Optional<Problem> problem = decoded(rawName, rawName, true)
                        .or(() -> eq < 0 ? Optional.empty() : decoded(rawName, pair.substring(eq + 1), true));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (pathParameters != null) {
            for (Map.Entry<String, List<String>> parameter : pathParameters.entrySet()) {
                for (String value : parameter.getValue()) {
                    Optional<String> reason = StorableText.problem(value);
                    if (reason.isPresent()) {
                        return Optional.of(TextProblemMappers.invalid(parameter.getKey(), reason.get()));
                    }
                }
            }
        }
        if (headers != null) {
            for (Map.Entry<String, String> header : headers) {
                Optional<String> reason = StorableText.problem(header.getValue());
                if (reason.isPresent()) {
                    return Optional.of(TextProblemMappers.invalid(header.getKey(), reason.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> decoded(String rawName, String raw, boolean query) {
        String field = fieldName(rawName, query);
        try {
            return StorableText.problem(StorableText.decodeStrictly(raw, query))
                    .map(reason -> TextProblemMappers.invalid(field, reason));
        } catch (IllegalArgumentException e) {
            return Optional.of(TextProblemMappers.invalid(field, e.getMessage()));
        }
    }

    /** The parameter's decoded name when it can be shown, else its raw spelling. */
    private static String fieldName(String rawName, boolean query) {
        try {
            return TextProblemMappers.printable(StorableText.decodeStrictly(rawName, query));
        } catch (IllegalArgumentException e) {
            return TextProblemMappers.printable(rawName);
        }
    }
}
