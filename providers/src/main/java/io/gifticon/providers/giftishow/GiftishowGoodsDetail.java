package io.gifticon.providers.giftishow;

import static io.gifticon.providers.LenientJson.number;
import static io.gifticon.providers.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;

/** A product's detail (0111, giftishow-biz-api.txt §2.5), including the price of each buyer tier. */
public record GiftishowGoodsDetail(
        Long goodsNo,
        String goodsCode,
        String goodsName,
        String brandCode,
        String brandName,
        String content,
        String contentAddDesc,
        String goodsTypeCd,
        String goodsTypeNm,
        String goodsImgS,
        String goodsImgB,
        String goodsDescImgWeb,
        String brandIconImg,
        String mmsGoodsImg,
        Long realPrice,
        Long salePrice,
        String categoryName1,
        String rmIdBuyCntFlagCd,
        String discountRate,
        Long goldPrice,
        Long discountPrice,
        Long vipPrice,
        Long platinumPrice,
        String vipDiscountRate,
        String platinumDiscountRate,
        String goldDiscountRate,
        String goodsStateCd,
        String rmCntFlag,
        String goodsTypeDtlNm,
        String saleDateFlagCd,
        String saleDateFlag,
        String mmsReserveFlag,
        String categorySeq1,
        String limitDay,
        String affiliate) {

    public boolean onSale() {
        return "SALE".equalsIgnoreCase(goodsStateCd);
    }

    // §2.5's sample: "goodsimgB", "goodsTypeDtNm", "goodsDescImgWeb" without a value
    static GiftishowGoodsDetail from(JsonNode n) {
        return new GiftishowGoodsDetail(
                number(n, "goodsNo"),
                text(n, "goodsCode"),
                text(n, "goodsName"),
                text(n, "brandCode"),
                text(n, "brandName"),
                text(n, "content"),
                text(n, "contentAddDesc"),
                text(n, "goodsTypeCd"),
                text(n, "goodsTypeNm", "goodstypeNm"),
                text(n, "goodsImgS", "oodsImgS"),
                text(n, "goodsImgB"),
                text(n, "goodsDescImgWeb", "goodsDesclmgWeb"),
                text(n, "brandIconImg", "brandIconlmg"),
                text(n, "mmsGoodsImg", "mmsGoodslmg"),
                number(n, "realPrice"),
                number(n, "salePrice"),
                text(n, "categoryName1"),
                text(n, "rmIdBuyCntFlagCd", "rmldBuyCntFlagCd", "rmlDbuyCntFlagCd"),
                text(n, "discountRate"),
                number(n, "goldPrice"),
                number(n, "discountPrice"),
                number(n, "vipPrice"),
                number(n, "platinumPrice"),
                text(n, "vipDiscountRate"),
                text(n, "platinumDiscountRate"),
                text(n, "goldDiscountRate"),
                text(n, "goodsStateCd"),
                text(n, "rmCntFlag"),
                text(n, "goodsTypeDtlNm", "goodsTypeDtNm"),
                text(n, "saleDateFlagCd"),
                text(n, "saleDateFlag"),
                text(n, "mmsReserveFlag"),
                text(n, "categorySeq1", "category1Seq"),
                text(n, "limitDay"),
                text(n, "affiliate"));
    }
}
