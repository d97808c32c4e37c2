package io.gifticon.sandbox.giftishow.catalog;

/** A product of the generated Giftishow catalog with its tier prices (giftishow-biz-api.txt §1–§2 fields). */
public record Goods(
        String goodsCode,
        int goodsNo,
        String goodsName,
        Brand brand,
        String content,
        String goodsTypeCd,
        String goodsTypeNm,
        String goodsTypeDtlNm,
        String affiliateId,
        String affiliate,
        String goodsComId,
        String goodsComName,
        String srchKeyword,
        String mdCode,
        int salePrice,
        int realPrice,
        int discountRate,
        int discountPrice,
        int goldDiscountRate,
        int goldPrice,
        int vipDiscountRate,
        int vipPrice,
        int platinumDiscountRate,
        int platinumPrice,
        String validPrdTypeCd,
        int limitDay,
        String validPrdDay,
        String endDate,
        String goodsStateCd,
        int popular,
        String goodsImgS,
        String goodsImgB,
        String mmsGoodsImg) {

    /** goodsStateCd of a product on sale (giftishow-biz-api.txt §1). */
    public static final String ON_SALE = "SALE";
    /** goodsStateCd of a suspended product (giftishow-biz-api.txt §1). */
    public static final String SUSPENDED = "SUS";
    /** validPrdTypeCd: validity given in days after issue. */
    public static final String VALID_FOR_DAYS = "01";
    /** validPrdTypeCd: validity until a fixed date. */
    public static final String VALID_UNTIL_DATE = "02";

    public boolean onSale() {
        return ON_SALE.equals(goodsStateCd);
    }
}
