package io.gifticon.providers.giftishow;

/**
 * A successful send (giftishow-biz-api.txt §8.5).
 *
 * @param orderNo      Giftishow's order number
 * @param pinNo        the coupon PIN (gubun Y and I)
 * @param couponImgUrl the barcode image (gubun I)
 */
public record GiftishowSendResult(String orderNo, String pinNo, String couponImgUrl) {

    @Override
    public String toString() {
        return "GiftishowSendResult[orderNo=" + orderNo + ", pinNo=" + (pinNo == null ? null : "****")
                + ", couponImgUrl=" + couponImgUrl + "]";
    }
}
