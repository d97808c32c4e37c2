package io.gifticon.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail with our extension members.
 *
 * @param type          URI naming the problem type ({@code urn:gifticon:problem:<code>})
 * @param title         short summary of the problem type
 * @param status        HTTP status
 * @param detail        what happened in this occurrence
 * @param instance      the request path
 * @param code          our error code (the provider taxonomy, or an API code such as VALIDATION_FAILED)
 * @param provider      provider concerned, if any
 * @param providerCode  the provider's own result code, if any
 * @param retryable     whether the same request may succeed later
 * @param errors        the invalid fields, for validation failures
 * @param extensions    further members of this occurrence (e.g. couponId)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String provider,
        String providerCode,
        Boolean retryable,
        List<FieldError> errors,
        @com.fasterxml.jackson.annotation.JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the field's path in the request and why it is invalid. */
    public record FieldError(String field, String message) {}

    /** The problem of {@code code} (its status, title and retryability) with this occurrence's detail. */
    public static Problem of(ErrorCode code, String detail) {
        return new Problem(
                typeOf(code.name()),
                code.title(),
                code.status(),
                detail,
                null,
                code.name(),
                null,
                null,
                code.retryable(),
                null,
                null);
    }

    /** @deprecated literal codes: use {@link #of(ErrorCode, String)} */
    @Deprecated(forRemoval = true)
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeOf(code), title, status, detail, null, code, null, null, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(
                type, title, status, detail, path, code, provider, providerCode, retryable, errors, extensions);
    }

    public Problem withProvider(String providerId, String providerResultCode, boolean isRetryable) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                code,
                providerId,
                providerResultCode,
                isRetryable,
                errors,
                extensions);
    }

    public Problem withRetryable(boolean isRetryable) {
        return new Problem(
                type, title, status, detail, instance, code, provider, providerCode, isRetryable, errors, extensions);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                code,
                provider,
                providerCode,
                retryable,
                fieldErrors,
                extensions);
    }

    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(
                type, title, status, detail, instance, code, provider, providerCode, retryable, errors, members);
    }

    static URI typeOf(String code) {
        return URI.create("urn:gifticon:problem:" + code.toLowerCase().replace('_', '-'));
    }
}
