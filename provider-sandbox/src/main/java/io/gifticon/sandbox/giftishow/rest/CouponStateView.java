package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.coupon.IssuedCoupon;
import io.gifticon.sandbox.giftishow.coupon.PinStatus;
import java.time.LocalDateTime;

/** The full state of a simulated coupon, for the control API (PIN and phone number included: it is a test tool). */
public record CouponStateView(
        String trId,
        String orderNo,
        String pinNo,
        String status,
        String pinStatusCd,
        String pinStatusNm,
        String gubun,
        String goodsCode,
        String goodsName,
        String brandName,
        int salePrice,
        int price,
        String phoneNo,
        String callbackNo,
        String mmsTitle,
        String mmsMsg,
        String clientOrderNo,
        String templateId,
        String bannerId,
        String couponImgUrl,
        String sendBasicCd,
        LocalDateTime scheduledAt,
        LocalDateTime issuedAt,
        LocalDateTime validUntil,
        LocalDateTime changedAt,
        int resendCount) {

    static CouponStateView of(IssuedCoupon c, LocalDateTime now) {
        PinStatus status = c.statusAt(now);
        var o = c.order();
        return new CouponStateView(
                o.trId(),
                o.orderNo(),
                o.pinNo(),
                status.name(),
                status.code(),
                status.label(),
                o.gubun().code(),
                o.goodsCode(),
                o.goodsName(),
                o.brandName(),
                o.salePrice(),
                o.price(),
                o.phoneNo(),
                o.callbackNo(),
                o.mmsTitle(),
                o.mmsMsg(),
                o.clientOrderNo(),
                o.templateId(),
                o.bannerId(),
                o.couponImgUrl(),
                o.sendBasicCd(),
                o.scheduledAt(),
                c.issuedAt(),
                c.validUntil(),
                c.changedAt(),
                c.resendCount());
    }
}
