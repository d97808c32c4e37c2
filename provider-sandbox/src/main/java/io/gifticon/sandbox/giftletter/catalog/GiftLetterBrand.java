package io.gifticon.sandbox.giftletter.catalog;

import java.util.List;

/**
 * A GiftLetter brand. {@code dateOnlyExchange}: its shops report the exchange day only, so the daily exchange log
 * and the status carry a bare {@code yyyyMMdd} (giftletter-b2c.txt §10.2: "교환일시 항목은 상품에 따라 일자만 제공").
 */
public record GiftLetterBrand(int brandId, String name, String memo, boolean dateOnlyExchange, List<String> branches) {}
