package io.gifticon.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every error code the platform answers with — the API's own and the provider taxonomy — with its HTTP status,
 * the problem title, and whether the same request may succeed later. A problem's {@code code} member is always
 * one of these names; its {@code type} is {@code urn:gifticon:problem:<code in kebab case>}.
 */
public enum ErrorCode {
    // --- the request itself ---
    VALIDATION_FAILED(400, "The request is not valid", false),
    MALFORMED_REQUEST(400, "The request cannot be read", false),
    NON_CANONICAL_PATH(400, "The request path is not in canonical form", false),
    UNAUTHENTICATED(401, "Unknown or missing API key", false),
    FORBIDDEN(403, "Missing scope", false),
    INTERNAL_AUTH_FAILED(403, "Only requests forwarded by the gateway are answered", false),
    POS_TERMINAL_UNKNOWN(403, "This key is not bound to a POS terminal", false),
    /** Nothing at this path, or (provider taxonomy) the provider does not know this coupon or transaction. */
    NOT_FOUND(404, "Not Found", false),
    COUPON_NOT_FOUND(404, "No such coupon", false),
    BATCH_NOT_FOUND(404, "No such coupon batch", false),
    PRODUCT_NOT_FOUND(404, "No such product", false),
    SYNC_NOT_FOUND(404, "No such catalog sync", false),
    WEBHOOK_NOT_FOUND(404, "No such webhook", false),
    DELIVERY_NOT_FOUND(404, "No such webhook delivery", false),
    TRANSACTION_NOT_FOUND(404, "No such POS transaction", false),
    RECONCILIATION_NOT_FOUND(404, "No such reconciliation", false),
    DISCREPANCY_NOT_FOUND(404, "No such discrepancy", false),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", false),
    NOT_ACCEPTABLE(406, "Not Acceptable", false),
    REQUEST_TIMEOUT(408, "The request was not received in time", true),
    CONFLICT(409, "The request conflicts with the resource's state", false),
    INVALID_STATE(409, "Not possible in the resource's current state", false),
    IDEMPOTENCY_KEY_REUSED(409, "This Idempotency-Key was used with another request", false),
    DUPLICATE(409, "This was recorded already", false),
    COUPON_NOT_CANCELLABLE(409, "The coupon cannot be cancelled", false),
    COUPON_NOT_RESENDABLE(409, "The coupon cannot be resent", false),
    TOO_MANY_WEBHOOKS(409, "This client has as many webhooks as it may", false),
    SYNC_ALREADY_RUNNING(409, "A catalog sync is running already", false),
    LENGTH_REQUIRED(411, "Length Required", false),
    PAYLOAD_TOO_LARGE(413, "The request body is too large", false),
    URI_TOO_LONG(414, "The request target is too long", false),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", false),
    PRODUCT_UNKNOWN(422, "The catalog does not know this product", false),
    PRODUCT_UNAVAILABLE(422, "The product cannot be issued at the moment", false),
    PRODUCT_NOT_ISSUABLE(422, "This product's provider cannot issue coupons through the platform", false),
    POS_FAILED(422, "The POS operation failed", false),
    POS_REPLY_MISMATCH(422, "The POS reply does not match its request", false),
    RATE_LIMITED(429, "Too Many Requests", true),
    TOO_MANY_STREAMS(429, "Too many event streams open", true),
    RESEND_TOO_SOON(429, "The coupon was resent a moment ago", true),
    REFRESH_TOO_SOON(429, "The coupon was refreshed a moment ago", true),
    RESEND_LIMIT_REACHED(429, "The coupon was resent as often as it may be", false),
    HEADERS_TOO_LARGE(431, "The request headers are too large", false),
    // --- the platform ---
    INTERNAL(500, "Internal error", true),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", true),
    AUTHENTICATION_UNAVAILABLE(503, "API keys cannot be checked right now", true),
    CATALOG_UNAVAILABLE(503, "The catalog cannot be reached", true),
    KAFKA_UNAVAILABLE(503, "The event broker cannot be reached", true),
    POS_NOT_CONFIGURED(503, "The POS popup is not configured", false),
    SERVICE_TIMEOUT(504, "Gateway Timeout", true),
    // --- the provider taxonomy: one code for every provider code table (providers module) ---
    INVALID_REQUEST(400, "The request is not valid for the provider", false),
    AUTHENTICATION(502, "The platform's credentials were refused by the provider", false),
    IP_NOT_ALLOWED(502, "The provider does not accept calls from this platform's address", false),
    INSUFFICIENT_BALANCE(503, "The prepaid balance at the provider is too low to issue this coupon", false),
    DUPLICATE_TRANSACTION(409, "The provider has already seen this transaction id", false),
    ALREADY_CANCELLED(409, "The coupon was already cancelled", false),
    ALREADY_REDEEMED(409, "The coupon was already used", false),
    NOT_CANCELLABLE(409, "The provider no longer allows this coupon to be cancelled", false),
    EXPIRED(410, "The coupon has expired", false),
    LIMIT_EXCEEDED(429, "A provider limit was reached; try again later", true),
    PROVIDER_UNAVAILABLE(503, "The provider is not available right now; try again later", true),
    TIMEOUT(504, "The provider did not answer in time", true),
    UNSUPPORTED(501, "The provider does not support this operation", false),
    PROVIDER_ERROR(502, "The provider answered with an error the platform does not know", false),
    QUOTA_EXHAUSTED(429, "A provider limit for this coupon or account has been reached", false),
    USER_CANCELLED(409, "The operation was cancelled at the terminal", false),
    USER_TIMEOUT(408, "No input was made at the terminal in time", true);

    private final int status;
    private final String title;
    private final boolean retryable;

    ErrorCode(int status, String title, boolean retryable) {
        this.status = status;
        this.title = title;
        this.retryable = retryable;
    }

    /** The HTTP status our API answers with. */
    public int status() {
        return status;
    }

    /** The problem's {@code title}: the same for every occurrence, safe to show to anyone. */
    public String title() {
        return title;
    }

    /** True if the same request, repeated later, may succeed. */
    public boolean retryable() {
        return retryable;
    }

    public static Optional<ErrorCode> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
