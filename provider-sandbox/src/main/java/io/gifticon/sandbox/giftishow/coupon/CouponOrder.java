package io.gifticon.sandbox.giftishow.coupon;

import java.time.LocalDateTime;

/** What was ordered when a coupon was sent: fixed for the coupon's life. */
public record CouponOrder(
        String trId,
        String orderNo,
        String pinNo,
        String sendBasicCd,
        Gubun gubun,
        String goodsCode,
        String goodsName,
        String brandName,
        String brandThumbImg,
        int salePrice,
        int price,
        String phoneNo,
        String callbackNo,
        String mmsTitle,
        String mmsMsg,
        String clientOrderNo,
        String templateId,
        String bannerId,
        LocalDateTime scheduledAt,
        String couponImgUrl) {}
