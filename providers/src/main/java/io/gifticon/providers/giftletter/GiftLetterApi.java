package io.gifticon.providers.giftletter;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * GiftLetter over the wire: giftletter-b2c.txt gives every call as {@code 연동URL/<Name>?query}, an HTTPS GET
 * answered with JSON. Bodies come back raw and are read leniently by {@link GiftLetterReplies} (the samples have
 * missing commas and names with trailing spaces).
 */
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
interface GiftLetterApi {

    /** §3. */
    @GET
    @Path("/SendEPin")
    Uni<String> sendEPin(
            @QueryParam("cid") String cid,
            @QueryParam("enc") String enc,
            @QueryParam("goods_id") String goodsId,
            @QueryParam("count") int count,
            @QueryParam("title") String title,
            @QueryParam("content") String content,
            @QueryParam("mdn") String mdn,
            @QueryParam("receive_tel") String receiveTel,
            @QueryParam("co_tid") String coTid,
            @QueryParam("reserved") String reserved);

    /** §4. */
    @GET
    @Path("/CancelSendEPin")
    Uni<String> cancelSendEPin(
            @QueryParam("cid") String cid, @QueryParam("enc") String enc, @QueryParam("order_id") String orderId);

    /** §5. */
    @GET
    @Path("/StatusSendEPin")
    Uni<String> statusSendEPin(
            @QueryParam("cid") String cid, @QueryParam("enc") String enc, @QueryParam("order_id") String orderId);

    /** §6. */
    @GET
    @Path("/ReSendSMS")
    Uni<String> reSendSms(
            @QueryParam("cid") String cid,
            @QueryParam("enc") String enc,
            @QueryParam("order_id") String orderId,
            @QueryParam("send_type") String sendType,
            @QueryParam("msg") String msg,
            @QueryParam("reserved") String reserved);

    /** §7. */
    @GET
    @Path("/getGoodsInfoList")
    Uni<String> getGoodsInfoList(
            @QueryParam("cid") String cid, @QueryParam("brand_id") String brandId, @QueryParam("enc") String enc);

    /** §8. */
    @GET
    @Path("/getGoodsInfo")
    Uni<String> getGoodsInfo(
            @QueryParam("cid") String cid, @QueryParam("goods_id") String goodsId, @QueryParam("enc") String enc);

    /** §9: no {@code enc}. */
    @GET
    @Path("/getBrandImage")
    Uni<String> getBrandImage(@QueryParam("cid") String cid, @QueryParam("brand_id") String brandId);
}
