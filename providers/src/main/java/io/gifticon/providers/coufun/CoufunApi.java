package io.gifticon.providers.coufun;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * COUFUN over the wire. coufun-cancel.md §2: HTTP POST, XML reply. The body is taken as bytes because the reply
 * declares {@code encoding="EUC-KR"} in its prolog: it must be decoded by that, not as a UTF-8 string.
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces({MediaType.TEXT_XML, MediaType.APPLICATION_XML, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
interface CoufunApi {

    /** coufun-cancel.md §4. */
    @POST
    @Path("/coufunPartCancel.do")
    Uni<byte[]> cancel(
            @FormParam("POC_ID") String pocId,
            @FormParam("GOODS_ID") String goodsId,
            @FormParam("BARCODE_NUM") String barcodeNum);
}
