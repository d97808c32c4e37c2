package io.gifticon.issuance.service;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderFailures;

/**
 * What the compensating cancel of a coupon with an unknown outcome tells us. giftishow-biz-api.txt §8: no reply to
 * a send → "동일 TR_ID로 '쿠폰취소요청'" (cancel with the same tr_id), because the coupon was probably issued and
 * the bizmoney charged.
 */
enum UnknownResolution {
    /** Cancelled now or before: the coupon is void and the bizmoney refunded. */
    CANCELLED,
    /** The provider does not know the tr_id: the send never took effect, nothing was charged. */
    NEVER_ISSUED,
    /** It was issued and already used: it cannot be taken back. */
    REDEEMED,
    /** No answer, or an answer that settles nothing (e.g. past the cancel window): try again later. */
    RETRY;

    static UnknownResolution ofCancelFailure(ProviderFailures.Classified failure) {
        if (failure.outcomeUnknown()) {
            return RETRY;
        }
        ErrorCode code = failure.error().code();
        return switch (code) {
            case ALREADY_CANCELLED -> CANCELLED;
            case NOT_FOUND -> NEVER_ISSUED;
            case ALREADY_REDEEMED -> REDEEMED;
            default -> RETRY;
        };
    }
}
