package io.gifticon.providers.giftishow;

import static io.gifticon.providers.LenientJson.number;
import static io.gifticon.providers.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One product of the goods list (0101), with the fields of giftishow-biz-api.txt §1.5's table. Prices in won;
 * {@code goodsStateCd} SALE or SUS; {@code validPrdTypeCd} 01 = days ({@code limitDay}), 02 = until a date.
 */
public record GiftishowGoods(
        String goodsCode,
        Long goodsNo,
        String goodsName,
        String brandCode,
        String brandName,
        String content,
        String contentAddDesc,
        String discountRate,
        String goodsTypeNm,
        String goodsImgS,
        String goodsImgB,
        String goodsDescImgWeb,
        String brandIconImg,
        String mmsGoodsImg,
        Long discountPrice,
        Long realPrice,
        Long salePrice,
        String srchKeyword,
        String validPrdTypeCd,
        String limitDay,
        String validPrdDay,
        String endDate,
        String goodsComId,
        String goodsComName,
        String affiliateId,
        String affiliate,
        String exhGenderCd,
        String exhAgeCd,
        String mmsReserveFlag,
        String goodsStateCd,
        String mmsBarcdCreateYn,
        String rmCntFlag,
        String saleDateFlagCd,
        String goodsTypeDtlNm,
        String category1Seq,
        String saleDateFlag,
        String rmIdBuyCntFlagCd) {

    /** True while the product can be sent ({@code goodsStateCd} SALE). */
    public boolean onSale() {
        return "SALE".equalsIgnoreCase(goodsStateCd);
    }

    // §1.5's sample spells some names differently from its table ("oodsImgS", "affiliateld", "rmlDbuyCntFlagCd")
    static GiftishowGoods from(JsonNode n) {
        return new GiftishowGoods(
                text(n, "goodsCode"),
                number(n, "goodsNo"),
                text(n, "goodsName"),
                text(n, "brandCode"),
                text(n, "brandName"),
                text(n, "content"),
                text(n, "contentAddDesc"),
                text(n, "discountRate"),
                text(n, "goodsTypeNm", "goodstypeNm"),
                text(n, "goodsImgS", "oodsImgS", "sGoodsImg"),
                text(n, "goodsImgB"),
                text(n, "goodsDescImgWeb", "goodsDesclmgWeb"),
                text(n, "brandIconImg", "brandIconlmg"),
                text(n, "mmsGoodsImg", "mmsGoodslmg"),
                number(n, "discountPrice"),
                number(n, "realPrice"),
                number(n, "salePrice"),
                text(n, "srchKeyword"),
                text(n, "validPrdTypeCd"),
                text(n, "limitDay", "limitday"),
                text(n, "validPrdDay"),
                text(n, "endDate"),
                text(n, "goodsComId"),
                text(n, "goodsComName"),
                text(n, "affiliateId", "affiliateld"),
                text(n, "affiliate"),
                text(n, "exhGenderCd"),
                text(n, "exhAgeCd"),
                text(n, "mmsReserveFlag"),
                text(n, "goodsStateCd"),
                text(n, "mmsBarcdCreateYn"),
                text(n, "rmCntFlag"),
                text(n, "saleDateFlagCd"),
                text(n, "goodsTypeDtlNm", "goodsTypeDtNm"),
                text(n, "category1Seq", "categorySeq1"),
                text(n, "saleDateFlag"),
                text(n, "rmIdBuyCntFlagCd", "rmlDbuyCntFlagCd", "rmldBuyCntFlagCd"));
    }
}
