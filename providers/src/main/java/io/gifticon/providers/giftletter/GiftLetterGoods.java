package io.gifticon.providers.giftletter;

/**
 * One product of getGoodsInfoList (giftletter-b2c.txt §7.1).
 *
 * @param price  시장가 (market price), won
 * @param status Y usable, N not usable
 */
public record GiftLetterGoods(
        String goodsId, String goodsName, String brandName, Long price, String imgUrl, String status) {

    public boolean available() {
        return "Y".equals(status);
    }
}
