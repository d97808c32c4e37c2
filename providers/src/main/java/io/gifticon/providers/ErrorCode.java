package io.gifticon.providers;

/**
 * One error taxonomy for every provider's code table: what went wrong, whether repeating the same call may
 * succeed, and the HTTP status our API answers with.
 */
public enum ErrorCode {
    INVALID_REQUEST(false, 400, "The request is not valid for the provider."),
    AUTHENTICATION(false, 502, "The platform's credentials were refused by the provider."),
    IP_NOT_ALLOWED(false, 502, "The provider does not accept calls from this platform's address."),
    PRODUCT_UNAVAILABLE(false, 422, "The product cannot be issued at the moment."),
    INSUFFICIENT_BALANCE(false, 503, "The prepaid balance at the provider is too low to issue this coupon."),
    DUPLICATE_TRANSACTION(false, 409, "The provider has already seen this transaction id."),
    ALREADY_CANCELLED(false, 409, "The coupon was already cancelled."),
    ALREADY_REDEEMED(false, 409, "The coupon was already used."),
    NOT_CANCELLABLE(false, 409, "The provider no longer allows this coupon to be cancelled."),
    EXPIRED(false, 410, "The coupon has expired."),
    NOT_FOUND(false, 404, "The provider does not know this coupon or transaction."),
    LIMIT_EXCEEDED(true, 429, "A provider limit was reached; try again later."),
    PROVIDER_UNAVAILABLE(true, 503, "The provider is not available right now; try again later."),
    TIMEOUT(true, 504, "The provider did not answer in time."),
    UNSUPPORTED(false, 501, "The provider does not support this operation."),
    PROVIDER_ERROR(false, 502, "The provider answered with an error the platform does not know."),
    /** A lasting per-coupon or per-account limit (resend count, issuing limit): waiting does not help. */
    QUOTA_EXHAUSTED(false, 429, "A provider limit for this coupon or account has been reached."),
    /** POS popups (PBT): the customer or cashier closed the popup. */
    USER_CANCELLED(false, 409, "The operation was cancelled at the terminal."),
    /** POS popups (PBT): nobody entered anything in time. */
    USER_TIMEOUT(true, 408, "No input was made at the terminal in time.");

    private final boolean retryable;
    private final int httpStatus;
    private final String userMessage;

    ErrorCode(boolean retryable, int httpStatus, String userMessage) {
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.userMessage = userMessage;
    }

    /** True if the same call, repeated later, may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status our public API uses for this error. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Text safe to show to an end user. */
    public String userMessage() {
        return userMessage;
    }
}
