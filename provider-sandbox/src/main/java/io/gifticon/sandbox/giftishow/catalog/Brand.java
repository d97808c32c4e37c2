package io.gifticon.sandbox.giftishow.catalog;

/** A brand of the generated Giftishow catalog (giftishow-biz-api.txt §3–§4 fields). */
public record Brand(
        int brandSeq,
        String brandCode,
        String brandName,
        int category1Seq,
        String category1Name,
        int sort,
        String brandBannerImg,
        String brandIconImg,
        String mmsThumbImg) {}
