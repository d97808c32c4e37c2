package io.gifticon.providers.giftishow;

import static io.gifticon.providers.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;

/** A brand of the brand list (0102) or brand detail (0112), giftishow-biz-api.txt §3.5 / §4.5. */
public record GiftishowBrand(
        String brandSeq,
        String brandCode,
        String brandName,
        String brandBannerImg,
        String brandIconImg,
        String mmsThumbImg,
        String content,
        String category1Name,
        String category1Seq,
        String category2Name,
        String category2Seq,
        String sort) {

    // the samples say "mmsThumImg" and "brandConlmg" where the tables say mmsThumbImg and brandIconImg
    static GiftishowBrand from(JsonNode n) {
        return new GiftishowBrand(
                text(n, "brandSeq"),
                text(n, "brandCode"),
                text(n, "brandName"),
                text(n, "brandBannerImg"),
                text(n, "brandIconImg", "brandIconlmg", "brandConlmg"),
                text(n, "mmsThumbImg", "mmsThumImg"),
                text(n, "content"),
                text(n, "category1Name"),
                text(n, "category1Seq"),
                text(n, "category2Name"),
                text(n, "category2Seq"),
                text(n, "sort"));
    }
}
