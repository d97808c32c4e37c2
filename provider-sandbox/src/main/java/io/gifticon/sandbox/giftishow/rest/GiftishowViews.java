package io.gifticon.sandbox.giftishow.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.catalog.Brand;
import io.gifticon.sandbox.giftishow.catalog.Goods;
import io.gifticon.sandbox.giftishow.coupon.IssuedCoupon;
import io.gifticon.sandbox.giftishow.coupon.PinStatus;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the Giftishow replies, with the field names of the document's tables, and their mapping. */
final class GiftishowViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GiftishowViews() {}

    /** result of 0101 (§1.5): {@code listNum} is the number of products in the whole catalog. */
    record GoodsListResult(int listNum, List<GoodsView> goodsList) {}

    /** result of 0111 (§2.5). */
    record GoodsDetailResult(GoodsDetailView goodsDetail) {}

    /** result of 0102 (§3.5). */
    record BrandListResult(int listNum, List<BrandView> brandList) {}

    /** result of 0112 (§4.5). */
    record BrandDetailResult(BrandView brandDetail) {}

    /** One entry of 0201's result list (§5.5). */
    record CouponInfoResult(List<CouponInfoView> couponInfoList, String resCode, String resMsg) {}

    /** Inner result of 0204 (§8.5): pinNo for gubun Y and I, couponImgUrl for I. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SendResult(String orderNo, String pinNo, String couponImgUrl) {}

    /** Reply of 0202 (§6.5): code and message only. */
    record CancelReply(String code, String message) {}

    /** Reply of 0301 (§9.5): the balance is a string. */
    record BizmoneyReply(String code, String message, String balance) {}

    /** A product of the 0101 list (§1.5). */
    record GoodsView(
            String goodsCode,
            int goodsNo,
            String goodsName,
            String brandCode,
            String brandName,
            String content,
            String contentAddDesc,
            int discountRate,
            String goodsTypeNm,
            String goodsImgS,
            String goodsImgB,
            String goodsDescImgWeb,
            String brandIconImg,
            String mmsGoodsImg,
            int discountPrice,
            int realPrice,
            int salePrice,
            String srchKeyword,
            String validPrdTypeCd,
            int limitDay,
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
            int category1Seq,
            String saleDateFlag,
            String rmIdBuyCntFlagCd,
            String mdCode,
            int popular) {}

    /** A product of 0111 (§2.5) with tier prices. */
    record GoodsDetailView(
            int goodsNo,
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
            int realPrice,
            int salePrice,
            String categoryName1,
            int categorySeq1,
            String rmIdBuyCntFlagCd,
            int discountRate,
            int goldPrice,
            int discountPrice,
            int vipPrice,
            int platinumPrice,
            int vipDiscountRate,
            int platinumDiscountRate,
            int goldDiscountRate,
            String goodsStateCd,
            String rmCntFlag,
            String goodsTypeDtlNm,
            String saleDateFlagCd,
            String saleDateFlag,
            String mmsReserveFlag,
            int limitDay,
            String validPrdTypeCd,
            String validPrdDay,
            String affiliate,
            String mdCode) {}

    /**
     * A brand of 0102/0112 (§3.5, §4.5). The thumbnail is given under both spellings the document uses:
     * {@code mmsThumbImg} (tables) and {@code mmsThumImg} (examples).
     */
    record BrandView(
            int brandSeq,
            String brandCode,
            String brandName,
            String brandBannerImg,
            String brandIconImg,
            String mmsThumbImg,
            String mmsThumImg,
            String content,
            String category1Name,
            int category1Seq,
            String category2Name,
            int category2Seq,
            int sort) {}

    /** A coupon of 0201 (§5.5); every value is a string, as in the document's example. */
    record CouponInfoView(
            String goodsCd,
            String pinStatusCd,
            String goodsNm,
            String sellPriceAmt,
            String senderTelNo,
            String cnsMPriceAmt,
            String sendRstCd,
            String pinStatusNm,
            String mmsBrandThumImg,
            String brandNm,
            String sendRstMsg,
            String correcDtm,
            String recverTelNo,
            String validPrdEndDt,
            String sendBasicCd,
            String sendStatusCd) {}

    static GoodsView goods(Goods g) {
        Brand b = g.brand();
        return new GoodsView(
                g.goodsCode(),
                g.goodsNo(),
                g.goodsName(),
                b.brandCode(),
                b.brandName(),
                g.content(),
                "",
                g.discountRate(),
                g.goodsTypeNm(),
                g.goodsImgS(),
                g.goodsImgB(),
                g.goodsImgB(),
                b.brandIconImg(),
                g.mmsGoodsImg(),
                g.discountPrice(),
                g.realPrice(),
                g.salePrice(),
                g.srchKeyword(),
                g.validPrdTypeCd(),
                g.limitDay(),
                g.validPrdDay(),
                g.endDate(),
                g.goodsComId(),
                g.goodsComName(),
                g.affiliateId(),
                g.affiliate(),
                "ALL",
                "ALL",
                "Y",
                g.goodsStateCd(),
                "Y",
                "N",
                "PERIOD_SALE",
                g.goodsTypeDtlNm(),
                b.category1Seq(),
                "N",
                "N",
                g.mdCode(),
                g.popular());
    }

    static GoodsDetailView detail(Goods g) {
        Brand b = g.brand();
        return new GoodsDetailView(
                g.goodsNo(),
                g.goodsCode(),
                g.goodsName(),
                b.brandCode(),
                b.brandName(),
                g.content(),
                "",
                g.goodsTypeCd(),
                g.goodsTypeNm(),
                g.goodsImgS(),
                g.goodsImgB(),
                g.goodsImgB(),
                b.brandIconImg(),
                g.mmsGoodsImg(),
                g.realPrice(),
                g.salePrice(),
                b.category1Name(),
                b.category1Seq(),
                "N",
                g.discountRate(),
                g.goldPrice(),
                g.discountPrice(),
                g.vipPrice(),
                g.platinumPrice(),
                g.vipDiscountRate(),
                g.platinumDiscountRate(),
                g.goldDiscountRate(),
                g.goodsStateCd(),
                "N",
                g.goodsTypeDtlNm(),
                "PERIOD_SALE",
                "N",
                "Y",
                g.limitDay(),
                g.validPrdTypeCd(),
                g.validPrdDay(),
                g.affiliate(),
                g.mdCode());
    }

    static BrandView brand(Brand b) {
        return new BrandView(
                b.brandSeq(),
                b.brandCode(),
                b.brandName(),
                b.brandBannerImg(),
                b.brandIconImg(),
                b.mmsThumbImg(),
                b.mmsThumbImg(),
                "",
                b.category1Name(),
                b.category1Seq(),
                "",
                0,
                b.sort());
    }

    static CouponInfoResult couponInfo(IssuedCoupon c, LocalDateTime now) {
        PinStatus status = c.statusAt(now);
        boolean waiting =
                c.order().scheduledAt() != null && c.order().scheduledAt().isAfter(now);
        LocalDateTime changed =
                status == PinStatus.EXPIRED && c.status() == PinStatus.ISSUED ? c.validUntil() : c.changedAt();
        CouponInfoView view = new CouponInfoView(
                c.order().goodsCode(),
                status.code(),
                c.order().goodsName(),
                String.valueOf(c.order().price()),
                c.order().callbackNo(),
                String.valueOf(c.order().salePrice()),
                null,
                status.label(),
                c.order().brandThumbImg(),
                c.order().brandName(),
                null,
                changed.format(DAY),
                c.order().phoneNo(),
                c.validUntil().format(SECOND),
                c.order().sendBasicCd(),
                waiting ? "예약발송" : "발송완료");
        return new CouponInfoResult(List.of(view), GiftishowCode.SUCCESS.code(), GiftishowCode.SUCCESS.message());
    }

    static SendResult sendResult(IssuedCoupon c) {
        boolean pin = c.order().gubun().returnsPin();
        return new SendResult(
                c.order().orderNo(), pin ? c.order().pinNo() : null, c.order().couponImgUrl());
    }
}
