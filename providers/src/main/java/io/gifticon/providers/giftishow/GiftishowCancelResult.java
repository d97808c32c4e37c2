package io.gifticon.providers.giftishow;

/** Outcome of a cancel (0202): both mean the coupon is cancelled and the bizmoney refunded. */
public enum GiftishowCancelResult {
    CANCELLED,
    /** giftishow-biz-api.txt §6: a retry after a lost reply may answer "이미 취소된 쿠폰"; that is success. */
    ALREADY_CANCELLED
}
