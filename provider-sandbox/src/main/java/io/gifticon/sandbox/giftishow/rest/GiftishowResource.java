package io.gifticon.sandbox.giftishow.rest;

import static io.gifticon.sandbox.giftishow.GiftishowOperation.PROVIDER;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.fault.FaultInjector;
import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import io.gifticon.sandbox.giftishow.GiftishowOperation;
import io.gifticon.sandbox.giftishow.catalog.GiftishowCatalog;
import io.gifticon.sandbox.giftishow.coupon.CouponService;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.BizmoneyReply;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.BrandDetailResult;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.BrandListResult;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.CancelReply;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.GoodsDetailResult;
import io.gifticon.sandbox.giftishow.rest.GiftishowViews.GoodsListResult;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * The simulated Giftishow Biz API (giftishow-biz-api.txt §1–§9): POST, form fields in, JSON out. Every call is
 * counted, then goes through fault injection, then through the provider's checks.
 */
@Path("/giftishow/bizApi")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public class GiftishowResource {

    private final CallCounters calls;
    private final FaultInjector faults;
    private final GiftishowRequestValidator requests;
    private final GiftishowCatalog catalog;
    private final CouponService coupons;

    public GiftishowResource(
            CallCounters calls,
            FaultInjector faults,
            GiftishowRequestValidator requests,
            GiftishowCatalog catalog,
            CouponService coupons) {
        this.calls = calls;
        this.faults = faults;
        this.requests = requests;
        this.catalog = catalog;
        this.coupons = coupons;
    }

    /** 0101 product list, paged by {@code start} (page from 1) and {@code size}. */
    @POST
    @Path("/goods")
    public Uni<Response> goods(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(GiftishowOperation.GOODS, body, request, form -> {
            GiftishowRequestValidator.Paging paging = requests.paging(form);
            return GiftishowReply.ok(new GoodsListResult(
                    catalog.goodsCount(),
                    catalog.page(paging.start(), paging.size()).stream()
                            .map(GiftishowViews::goods)
                            .toList()));
        });
    }

    /** 0111 product detail. */
    @POST
    @Path("/goods/{goods_code}")
    public Uni<Response> goodsDetail(
            @PathParam("goods_code") String goodsCode,
            MultivaluedMap<String, String> body,
            @Context HttpServerRequest request) {
        return handle(
                GiftishowOperation.GOODS_DETAIL,
                body,
                request,
                form -> catalog.goods(goodsCode)
                        .map(goods -> GiftishowReply.ok(new GoodsDetailResult(GiftishowViews.detail(goods))))
                        .orElseThrow(() -> new GiftishowException(GiftishowCode.ERR0401)));
    }

    /** 0102 brand list. */
    @POST
    @Path("/brands")
    public Uni<Response> brands(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(
                GiftishowOperation.BRANDS,
                body,
                request,
                form -> GiftishowReply.ok(new BrandListResult(
                        catalog.brands().size(),
                        catalog.brands().stream().map(GiftishowViews::brand).toList())));
    }

    /** 0112 brand detail; the document has no code for an unknown brand, ERR0401 is used. */
    @POST
    @Path("/brands/{brand_code}")
    public Uni<Response> brandDetail(
            @PathParam("brand_code") String brandCode,
            MultivaluedMap<String, String> body,
            @Context HttpServerRequest request) {
        return handle(
                GiftishowOperation.BRAND_DETAIL,
                body,
                request,
                form -> catalog.brand(brandCode)
                        .map(brand -> GiftishowReply.ok(new BrandDetailResult(GiftishowViews.brand(brand))))
                        .orElseThrow(() -> new GiftishowException(GiftishowCode.ERR0401)));
    }

    /** 0201 coupon detail by tr_id. */
    @POST
    @Path("/coupons")
    public Uni<Response> coupons(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(
                GiftishowOperation.COUPONS,
                body,
                request,
                form -> GiftishowReply.ok(
                        List.of(GiftishowViews.couponInfo(coupons.coupon(requests.trId(form)), coupons.now()))));
    }

    /** 0202 cancel. */
    @POST
    @Path("/cancel")
    public Uni<Response> cancel(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(GiftishowOperation.CANCEL, body, request, form -> {
            String trId = requests.trId(form);
            requests.user(form);
            coupons.cancel(trId);
            return new CancelReply(GiftishowCode.SUCCESS.code(), "정상처리 되었습니다.");
        });
    }

    /** 0203 resend by MMS or SMS. */
    @POST
    @Path("/resend")
    public Uni<Response> resend(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(GiftishowOperation.RESEND, body, request, form -> {
            String trId = requests.trId(form);
            requests.user(form);
            coupons.resend(trId, requests.smsFlag(form));
            return GiftishowReply.ok(null);
        });
    }

    /** 0204 send (issue) a coupon. */
    @POST
    @Path("/send")
    public Uni<Response> send(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(
                GiftishowOperation.SEND,
                body,
                request,
                form -> GiftishowReply.ok(
                        // giftishow-biz-api.txt §8.5: the send result is nested in a second envelope
                        GiftishowReply.ok(GiftishowViews.sendResult(coupons.send(requests.send(form))))));
    }

    /** 0301 bizmoney balance. */
    @POST
    @Path("/bizmoney")
    public Uni<Response> bizmoney(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(GiftishowOperation.BIZMONEY, body, request, form -> {
            requests.user(form);
            return new BizmoneyReply(GiftishowCode.SUCCESS.code(), "", String.valueOf(coupons.balance()));
        });
    }

    private Uni<Response> handle(
            GiftishowOperation operation,
            MultivaluedMap<String, String> body,
            HttpServerRequest request,
            Function<GiftishowForm, Object> action) {
        calls.record(PROVIDER, operation.key());
        return faults.apply(
                PROVIDER,
                operation.key(),
                request,
                () -> answer(operation, GiftishowForm.of(body, request.params()), action),
                code -> Response.ok(GiftishowReply.error(code)).build());
    }

    private Response answer(GiftishowOperation operation, GiftishowForm form, Function<GiftishowForm, Object> action) {
        try {
            requests.authenticate(form, operation);
            return Response.ok(action.apply(form)).build();
        } catch (GiftishowException e) {
            // 부록 1: result codes travel independently of the HTTP status, errors come with 200
            Log.debugf("giftishow %s refused: %s", operation.key(), e.code().code());
            return Response.ok(GiftishowReply.error(e.code().code())).build();
        } catch (RuntimeException e) {
            Log.errorf(e, "giftishow %s failed", operation.key());
            return Response.serverError()
                    .entity(GiftishowReply.error(GiftishowCode.E9999.code()))
                    .build();
        }
    }
}
