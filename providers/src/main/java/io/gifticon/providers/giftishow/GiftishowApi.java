package io.gifticon.providers.giftishow;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Giftishow Biz over the wire. giftishow-biz-api.txt 주의사항 5: every call is a POST with
 * {@code application/x-www-form-urlencoded}; replies are JSON, returned raw here and parsed leniently by
 * {@link GiftishowReplies} because the document's own samples are not always valid JSON.
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
interface GiftishowApi {

    @POST
    @Path("/send")
    Uni<String> send(MultivaluedMap<String, String> form);

    @POST
    @Path("/cancel")
    Uni<String> cancel(MultivaluedMap<String, String> form);

    @POST
    @Path("/coupons")
    Uni<String> coupons(MultivaluedMap<String, String> form);

    @POST
    @Path("/bizmoney")
    Uni<String> bizmoney(MultivaluedMap<String, String> form);

    @POST
    @Path("/goods")
    Uni<String> goods(MultivaluedMap<String, String> form);

    @POST
    @Path("/goods/{goodsCode}")
    Uni<String> goodsDetail(@PathParam("goodsCode") String goodsCode, MultivaluedMap<String, String> form);

    @POST
    @Path("/brands")
    Uni<String> brands(MultivaluedMap<String, String> form);

    @POST
    @Path("/brands/{brandCode}")
    Uni<String> brandDetail(@PathParam("brandCode") String brandCode, MultivaluedMap<String, String> form);

    @POST
    @Path("/resend")
    Uni<String> resend(MultivaluedMap<String, String> form);
}
