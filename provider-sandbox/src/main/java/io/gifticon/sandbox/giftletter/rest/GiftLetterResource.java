package io.gifticon.sandbox.giftletter.rest;

import static io.gifticon.sandbox.giftletter.GiftLetterOperation.PROVIDER;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.fault.FaultInjector;
import io.gifticon.sandbox.giftletter.GiftLetterCode;
import io.gifticon.sandbox.giftletter.GiftLetterException;
import io.gifticon.sandbox.giftletter.GiftLetterOperation;
import io.gifticon.sandbox.giftletter.catalog.GiftLetterBrand;
import io.gifticon.sandbox.giftletter.catalog.GiftLetterCatalog;
import io.gifticon.sandbox.giftletter.catalog.GiftLetterGoods;
import io.gifticon.sandbox.giftletter.config.GiftLetterConfig;
import io.gifticon.sandbox.giftletter.coupon.EPinCoupon;
import io.gifticon.sandbox.giftletter.coupon.EPinLedger;
import io.gifticon.sandbox.giftletter.coupon.EPinState;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.BrandImage;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.CancelReply;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.GoodsInfo;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.GoodsListItem;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.ResendReply;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.SendEPinReply;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.StatusOnly;
import io.gifticon.sandbox.giftletter.rest.GiftLetterReplies.StatusReply;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulated GiftLetter API (giftletter-b2c.txt §3–§9): GET with a query string, JSON out. Every call is counted,
 * then goes through fault injection, then through the provider's checks. Refusals are HTTP 200 with the code.
 */
@Path("/giftletter")
@Produces(MediaType.APPLICATION_JSON)
public class GiftLetterResource {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CallCounters calls;
    private final FaultInjector faults;
    private final GiftLetterRequests requests;
    private final GiftLetterCatalog catalog;
    private final EPinLedger ledger;
    private final GiftLetterConfig config;

    public GiftLetterResource(
            CallCounters calls,
            FaultInjector faults,
            GiftLetterRequests requests,
            GiftLetterCatalog catalog,
            EPinLedger ledger,
            GiftLetterConfig config) {
        this.calls = calls;
        this.faults = faults;
        this.requests = requests;
        this.catalog = catalog;
        this.ledger = ledger;
        this.config = config;
    }

    /** §3 issue a PIN. */
    @GET
    @Path("/SendEPin")
    public Uni<Response> sendEPin(@Context HttpServerRequest request) {
        MultiMap query = request.params();
        String reserved = query.get("reserved") == null ? "" : query.get("reserved");
        return handle(
                GiftLetterOperation.SEND_EPIN,
                request,
                () -> {
                    EPinCoupon coupon = ledger.send(requests.sendEPin(query));
                    return new SendEPinReply(
                            GiftLetterCode.SUCCESS.code(),
                            "",
                            coupon.epin(),
                            coupon.orderId(),
                            coupon.request().reserved());
                },
                code -> new SendEPinReply(code.code(), code.message(), "", "", reserved));
    }

    /** §4 cancel an issued PIN. */
    @GET
    @Path("/CancelSendEPin")
    public Uni<Response> cancelSendEPin(@Context HttpServerRequest request) {
        return handle(
                GiftLetterOperation.CANCEL_SEND_EPIN,
                request,
                () -> {
                    ledger.cancel(requests.orderId(request.params()));
                    return new CancelReply(GiftLetterCode.SUCCESS.code(), "");
                },
                code -> new CancelReply(code.code(), code.message()));
    }

    /** §5 PIN status: use Y/N/C, use_date and branchname when used. */
    @GET
    @Path("/StatusSendEPin")
    public Uni<Response> statusSendEPin(@Context HttpServerRequest request) {
        return handle(
                GiftLetterOperation.STATUS_SEND_EPIN,
                request,
                () -> {
                    EPinCoupon coupon = ledger.status(requests.orderId(request.params()));
                    boolean used = coupon.state() == EPinState.USED;
                    return new StatusReply(
                            GiftLetterCode.SUCCESS.code(),
                            "",
                            coupon.state().use(),
                            used ? exchangeTime(coupon) : "",
                            used ? coupon.branch() : "");
                },
                code -> new StatusReply(code.code(), code.message(), "", "", ""));
    }

    /** §6 resend the PIN by SMS. */
    @GET
    @Path("/ReSendSMS")
    public Uni<Response> reSendSms(@Context HttpServerRequest request) {
        MultiMap query = request.params();
        String reserved = query.get("reserved") == null ? "" : query.get("reserved");
        return handle(
                GiftLetterOperation.RESEND_SMS,
                request,
                () -> {
                    String orderId = requests.orderId(query);
                    requests.resendOptions(query);
                    ledger.resend(orderId);
                    return new ResendReply(GiftLetterCode.SUCCESS.code(), "", requests.reserved(query));
                },
                code -> new ResendReply(code.code(), code.message(), reserved));
    }

    /** §7 products of a brand; failures {@code {"STATUS":"E"}} (C when cid/enc are wrong). */
    @GET
    @Path("/getGoodsInfoList")
    public Uni<Response> goodsInfoList(@Context HttpServerRequest request) {
        return handle(
                GiftLetterOperation.GOODS_INFO_LIST,
                request,
                () -> {
                    String brandId = GiftLetterRequests.required(request.params(), "brand_id", 10);
                    requests.authenticate(request.params(), brandId);
                    GiftLetterBrand brand = brandOf(brandId);
                    return catalog.goodsOf(brand.brandId()).stream()
                            .map(g -> new GoodsListItem(
                                    g.goodsId(),
                                    g.name(),
                                    brand.name(),
                                    String.valueOf(g.price()),
                                    goodsImage(g),
                                    g.status()))
                            .toList();
                },
                GiftLetterResource::statusOnly);
    }

    /** §8 one product with supply price, validity and notes. */
    @GET
    @Path("/getGoodsInfo")
    public Uni<Response> goodsInfo(@Context HttpServerRequest request) {
        return handle(
                GiftLetterOperation.GOODS_INFO,
                request,
                () -> {
                    String goodsId = GiftLetterRequests.required(request.params(), "goods_id", 20);
                    requests.authenticate(request.params(), goodsId);
                    GiftLetterGoods g =
                            catalog.goods(goodsId).orElseThrow(() -> new GiftLetterException(GiftLetterCode.A101));
                    // §8.2: the brand notes apply only when the product has none
                    return new GoodsInfo(
                            g.goodsId(),
                            g.name(),
                            String.valueOf(g.brand().brandId()),
                            g.brand().name(),
                            String.valueOf(g.price()),
                            String.valueOf(g.supplyPrice()),
                            g.msgType(),
                            goodsImage(g),
                            g.exdate(),
                            g.goodsMemo(),
                            g.goodsMemo().isEmpty() ? g.brand().memo() : "",
                            g.status());
                },
                GiftLetterResource::statusOnly);
    }

    /** §9 brand image (no enc). */
    @GET
    @Path("/getBrandImage")
    public Uni<Response> brandImage(@Context HttpServerRequest request) {
        return handle(
                GiftLetterOperation.BRAND_IMAGE,
                request,
                () -> {
                    requests.partner(request.params());
                    GiftLetterBrand brand = brandOf(GiftLetterRequests.required(request.params(), "brand_id", 10));
                    return new BrandImage(
                            brand.name(),
                            config.publicBaseUrl() + "/giftletter/images/brand/" + brand.brandId() + ".svg",
                            "Y");
                },
                code -> new StatusOnly("E"));
    }

    static String exchangeTime(EPinCoupon coupon) {
        return coupon.usedAt().format(coupon.goods().brand().dateOnlyExchange() ? DATE : DATE_TIME);
    }

    private GiftLetterBrand brandOf(String brandId) {
        try {
            return catalog.brand(Integer.parseInt(brandId))
                    .orElseThrow(() -> new GiftLetterException(GiftLetterCode.A101));
        } catch (NumberFormatException e) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
    }

    private String goodsImage(GiftLetterGoods goods) {
        return config.publicBaseUrl() + "/giftletter/images/goods/" + goods.goodsId() + "_1.svg";
    }

    private static StatusOnly statusOnly(GiftLetterCode code) {
        return new StatusOnly(code == GiftLetterCode.A001 ? "C" : "E");
    }

    private Uni<Response> handle(
            GiftLetterOperation operation,
            HttpServerRequest request,
            Supplier<Object> action,
            Function<GiftLetterCode, Object> refusal) {
        calls.record(PROVIDER, operation.key());
        return faults.apply(
                PROVIDER,
                operation.key(),
                request,
                () -> answer(operation, action, refusal),
                code -> Response.ok(injected(operation, code, refusal)).build());
    }

    private static Object injected(
            GiftLetterOperation operation, String code, Function<GiftLetterCode, Object> refusal) {
        Object shape = refusal.apply(GiftLetterCode.S001);
        if (shape instanceof StatusOnly) {
            return new StatusOnly(code);
        }
        if (shape instanceof SendEPinReply r) {
            return new SendEPinReply(code, GiftLetterCode.messageOf(code), "", "", r.reserved());
        }
        if (shape instanceof StatusReply) {
            return new StatusReply(code, GiftLetterCode.messageOf(code), "", "", "");
        }
        if (shape instanceof ResendReply r) {
            return new ResendReply(code, GiftLetterCode.messageOf(code), r.reserved());
        }
        return new CancelReply(code, GiftLetterCode.messageOf(code));
    }

    private static Response answer(
            GiftLetterOperation operation, Supplier<Object> action, Function<GiftLetterCode, Object> refusal) {
        try {
            return Response.ok(action.get()).build();
        } catch (GiftLetterException e) {
            Log.debugf("giftletter %s refused: %s", operation.key(), e.code().code());
            return Response.ok(refusal.apply(e.code())).build();
        } catch (RuntimeException e) {
            Log.errorf(e, "giftletter %s failed", operation.key());
            return Response.serverError()
                    .entity(refusal.apply(GiftLetterCode.S001))
                    .build();
        }
    }
}
