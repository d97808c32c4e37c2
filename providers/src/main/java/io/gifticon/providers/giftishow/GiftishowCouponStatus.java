package io.gifticon.providers.giftishow;

/**
 * A coupon as coupon detail (0201) shows it.
 *
 * @param pinStatusCode giftishow-biz-api.txt §5 핀상태 코드: 01 issued, 02 exchanged, 07 cancelled, 08 expired, …
 * @param pinStatusName the provider's name for that status
 * @param goodsCode     goods code
 * @param validUntil    validPrdEndDt, {@code yyyyMMddHHmmss}
 */
public record GiftishowCouponStatus(String pinStatusCode, String pinStatusName, String goodsCode, String validUntil) {

    public boolean isIssued() {
        return "01".equals(pinStatusCode);
    }

    public boolean isExchanged() {
        return "02".equals(pinStatusCode);
    }

    public boolean isCancelled() {
        return "07".equals(pinStatusCode);
    }

    public boolean isExpired() {
        return "08".equals(pinStatusCode);
    }
}
