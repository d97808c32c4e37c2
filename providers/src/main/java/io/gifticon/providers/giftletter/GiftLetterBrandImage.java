package io.gifticon.providers.giftletter;

/** getBrandImage (giftletter-b2c.txt §9.2). */
public record GiftLetterBrandImage(String brandName, String imgUrl, String status) {}
