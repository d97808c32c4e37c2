package io.gifticon.issuance.service;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderFailures;

/**
 * What the compensating cancel of a coupon tells us. giftishow-biz-api.txt §8: no reply to a send → "동일 TR_ID로
 * '쿠폰취소요청'" (cancel with the same tr_id), because the coupon was probably issued and the bizmoney charged;
 * §6: a repeated cancel answers "already cancelled" (ERR0808 / COUPON.0008), which is success.
 */
enum UnknownResolution {
    /** Cancelled now or before: the coupon is void and the bizmoney refunded. */
    CANCELLED,
    /** The provider does not know the tr_id: the send never took effect, nothing was charged. */
    NEVER_ISSUED,
    /** It was issued and already used (COUPON.0007 교환된 상품): it cannot be taken back. */
    REDEEMED,
    /** It was issued and can no longer be cancelled (COUPON.0006, past the 7-day window): it stays issued. */
    STAYS_ISSUED,
    /** The provider is down (refused connection, 5xx, open breaker): wait before asking about any coupon. */
    OUTAGE,
    /** No answer, an unreadable one, or one that settles nothing: ask again later. */
    RETRY;

    static UnknownResolution ofCancelFailure(ProviderFailures.Classified failure, boolean outage) {
        if (outage) {
            return OUTAGE;
        }
        if (failure.outcomeUnknown()) {
            return RETRY;
        }
        ErrorCode code = failure.error().code();
        return switch (code) {
            case ALREADY_CANCELLED -> CANCELLED;
            case NOT_FOUND -> NEVER_ISSUED;
            case ALREADY_REDEEMED -> REDEEMED;
            case NOT_CANCELLABLE, EXPIRED -> STAYS_ISSUED;
            default -> RETRY;
        };
    }
}
