package io.gifticon.providers.giftletter;

/** Outcome of CancelSendEPin: both mean the PIN is cancelled. */
public enum GiftLetterCancelResult {
    CANCELLED,
    /** giftletter-b2c.txt §11 E304 "이미 취소 된 거래 건": a repeat after a lost reply lands here; success. */
    ALREADY_CANCELLED
}
