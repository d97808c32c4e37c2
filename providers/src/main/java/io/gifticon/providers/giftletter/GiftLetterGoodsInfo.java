package io.gifticon.providers.giftletter;

/**
 * getGoodsInfo (giftletter-b2c.txt §8.2).
 *
 * @param price     시장가 (market price)
 * @param supplyPrice SPRICE, 납품가: what we pay
 * @param msgType   1 LMS, 2 MMS
 * @param exdate    만료일자, "00" (days) or yyyy-MM-dd as GiftLetter writes it
 * @param goodsMemo product notes; when blank, {@code brandMemo} applies (§8.2)
 * @param status    Y usable, N not usable
 */
public record GiftLetterGoodsInfo(
        String goodsId,
        String goodsName,
        String brandId,
        String brandName,
        Long price,
        Long supplyPrice,
        String msgType,
        String imgUrl,
        String exdate,
        String goodsMemo,
        String brandMemo,
        String status) {

    public boolean available() {
        return "Y".equals(status);
    }

    /** The notes to show: the product's, else the brand's. */
    public String notes() {
        return goodsMemo == null || goodsMemo.isBlank() ? brandMemo : goodsMemo;
    }
}
