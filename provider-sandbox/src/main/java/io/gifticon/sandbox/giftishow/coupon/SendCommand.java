package io.gifticon.sandbox.giftishow.coupon;

import java.time.LocalDateTime;

/** A checked send request (api_code 0204); {@code scheduledAt} is null for a real-time send. */
public record SendCommand(
        String trId,
        String goodsCode,
        Gubun gubun,
        String phoneNo,
        String callbackNo,
        String mmsTitle,
        String mmsMsg,
        String clientOrderNo,
        String templateId,
        String bannerId,
        LocalDateTime scheduledAt) {}
