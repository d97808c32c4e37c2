package io.gifticon.sandbox.giftletter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply bodies with exactly the field names of giftletter-b2c.txt (§3.2–§9.2); numbers as strings like the examples. */
final class GiftLetterReplies {

    private GiftLetterReplies() {}

    /** §3.2 */
    record SendEPinReply(
            String rstCode,
            String rstMsg,
            String epin,
            @JsonProperty("order_id") String orderId,
            String reserved) {}

    /** §4.2 */
    record CancelReply(String rstCode, String rstMsg) {}

    /** §5.2 */
    record StatusReply(
            String rstCode,
            String rstMsg,
            String use,
            @JsonProperty("use_date") String useDate,
            String branchname) {}

    /** §6.2 (the example's {@code "reserved "} with a space is a typo of the document). */
    record ResendReply(String rstCode, String rstMsg, String reserved) {}

    /** §7.1, one element of the list. */
    record GoodsListItem(
            @JsonProperty("GOODS_ID") String goodsId,
            @JsonProperty("GOODS_NAME") String goodsName,
            @JsonProperty("BRAND_NAME") String brandName,
            @JsonProperty("PRICE") String price,
            @JsonProperty("IMG_URL") String imgUrl,
            @JsonProperty("STATUS") String status) {}

    /** §8.2 */
    record GoodsInfo(
            @JsonProperty("GOODS_ID") String goodsId,
            @JsonProperty("GOODS_NAME") String goodsName,
            @JsonProperty("BRAND_ID") String brandId,
            @JsonProperty("BRAND_NAME") String brandName,
            @JsonProperty("PRICE") String price,
            @JsonProperty("SPRICE") String supplyPrice,
            @JsonProperty("MSG_TYPE") String msgType,
            @JsonProperty("IMG_URL") String imgUrl,
            @JsonProperty("EXDATE") String exdate,
            @JsonProperty("GOODS_MEMO") String goodsMemo,
            @JsonProperty("BRAND_MEMO") String brandMemo,
            @JsonProperty("STATUS") String status) {}

    /** §9.2 */
    record BrandImage(
            @JsonProperty("BRAND_NAME") String brandName,
            @JsonProperty("IMG_URL") String imgUrl,
            @JsonProperty("STATUS") String status) {}

    /** §7–§9 failure: {@code {"STATUS":"E"}} (E error / unknown, C authentication failed, I IP refused). */
    record StatusOnly(@JsonProperty("STATUS") String status) {}
}
