package io.gifticon.providers.pbt;

/** pbt-pos-integration.txt §3: the kinds of transaction a connection request opens the popup for. */
public enum PbtSupportMode {
    /** §3.1.2 포인트 사용: reply {@code pointRedeem}. */
    POINT_REDEEM,
    /** §3.1.3 포인트 적립: reply {@code pointEarn}. */
    POINT_EARN,
    /** §3.2.2 쿠폰: request {@code itemList}; reply {@code couponDiscountPrice}, {@code couponItemCodes}. */
    COUPON,
    /** §3.3.2 기프트카드: reply {@code prepaidPayPrice}. */
    PREPAID
}
