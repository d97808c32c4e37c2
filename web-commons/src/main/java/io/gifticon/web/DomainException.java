package io.gifticon.web;

import java.util.Map;

/**
 * Thrown by a service (or a resource, a filter) when a request cannot be served: an {@link ErrorCode} and what
 * happened in this occurrence. {@link ProblemMappers} turns it into the one problem+json shape; services never
 * build HTTP answers themselves. The detail and the extensions must hold nothing secret (no PIN, no full phone
 * number, no provider reply text).
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final String detail;
    private final transient Map<String, Object> extensions;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, Map.of(), null);
    }

    public DomainException(ErrorCode code, String detail, Map<String, Object> extensions) {
        this(code, detail, extensions, null);
    }

    public DomainException(ErrorCode code, String detail, Map<String, Object> extensions, Throwable cause) {
        super(code.name() + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    /** Members added to the problem (e.g. {@code couponId}); empty when none. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The problem this exception answers with. */
    public Problem problem() {
        Problem problem = Problem.of(code, detail);
        return extensions.isEmpty() ? problem : problem.withExtensions(extensions);
    }
}
