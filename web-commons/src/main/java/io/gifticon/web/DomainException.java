package io.gifticon.web;

import java.util.List;
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
    private final transient List<Problem.FieldError> errors;
    private final Boolean retryable;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, Map.of(), null);
    }

    public DomainException(ErrorCode code, String detail, Map<String, Object> extensions) {
        this(code, detail, extensions, null);
    }

    public DomainException(ErrorCode code, String detail, Map<String, Object> extensions, Throwable cause) {
        this(code, detail, extensions, List.of(), null, cause);
    }

    /** A refusal that names the fields at fault (listed in the problem's {@code errors}). */
    public DomainException(ErrorCode code, String detail, List<Problem.FieldError> errors) {
        this(code, detail, Map.of(), errors, null, null);
    }

    private DomainException(
            ErrorCode code,
            String detail,
            Map<String, Object> extensions,
            List<Problem.FieldError> errors,
            Boolean retryable,
            Throwable cause) {
        super(code.name() + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryable = retryable;
    }

    /**
     * The same refusal, but retryable or not in this occurrence whatever its code says (a coupon that cannot be
     * cancelled now may be cancellable once its send's outcome is known).
     */
    public DomainException withRetryable(boolean retryable) {
        return new DomainException(code, detail, extensions, errors, retryable, getCause());
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

    /** The fields at fault; empty when none are named. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The problem this exception answers with. */
    public Problem problem() {
        Problem problem = Problem.of(code, detail);
        if (!errors.isEmpty()) {
            problem = problem.withErrors(errors);
        }
        if (retryable != null) {
            problem = problem.withRetryable(retryable);
        }
        return extensions.isEmpty() ? problem : problem.withExtensions(extensions);
    }
}
