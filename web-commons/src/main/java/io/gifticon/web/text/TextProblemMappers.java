package io.gifticon.web.text;

import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A JSON string PostgreSQL cannot store is a validation failure of its field, never a database error (500). */
public class TextProblemMappers {

    @ServerExceptionMapper
    public Response unstorable(UnstorableTextException e, UriInfo uri) {
        return ProblemMappers.respond(invalid(fieldOf(e), e.reason()).withInstance(uri.getPath()));
    }

    /** 400 {@code VALIDATION_FAILED} naming one field. */
    public static Problem invalid(String field, String reason) {
        return Problem.of(ErrorCode.VALIDATION_FAILED, field + " " + reason)
                .withErrors(List.of(new Problem.FieldError(field, reason)))
                .withRetryable(false);
    }

    static String fieldOf(UnstorableTextException e) {
        String outer = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? printable(r.getFieldName()) : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String inner = e.innerPath();
        if (inner.isEmpty()) {
            return outer.isEmpty() ? "body" : outer;
        }
        return outer.isEmpty() ? inner : outer + (inner.startsWith("[") ? "" : ".") + inner;
    }

    /** Field names come from the client: an unstorable one is echoed with the offending characters replaced. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                out.append(c).append(name.charAt(++i));
            } else {
                out.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
