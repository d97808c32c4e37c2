package io.gifticon.sandbox.giftletter.catalog;

/**
 * A GiftLetter product (giftletter-b2c.txt §7–§8): PRICE is the market price, SPRICE the supply price the partner
 * pays; EXDATE either validity days ({@code 60}) or an end date ({@code 2030-12-31}); unavailable products have STATUS N.
 */
public record GiftLetterGoods(
        String goodsId,
        String name,
        GiftLetterBrand brand,
        int price,
        int supplyPrice,
        String msgType,
        String exdate,
        String goodsMemo,
        boolean available) {

    public String status() {
        return available ? "Y" : "N";
    }
}
