package io.gifticon.sandbox.giftletter.coupon;

/** A checked SendEPin request (giftletter-b2c.txt §3.1). */
public record SendEPinCommand(
        String goodsId, String title, String content, String mdn, String receiveTel, String coTid, String reserved) {}
