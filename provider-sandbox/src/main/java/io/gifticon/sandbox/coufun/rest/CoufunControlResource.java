package io.gifticon.sandbox.coufun.rest;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.coufun.CoufunOperation;
import io.gifticon.sandbox.coufun.EucKr;
import io.gifticon.sandbox.coufun.coupon.CoufunCoupon;
import io.gifticon.sandbox.coufun.coupon.CoufunCouponState;
import io.gifticon.sandbox.coufun.coupon.CoufunLedger;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control API of the simulated COUFUN account. COUFUN coupons exist here only by registration: the platform imports
 * coupons issued elsewhere, so a test registers one, then the platform cancels it through the provider API.
 */
@Path("/sandbox/coufun")
@Produces(MediaType.APPLICATION_JSON)
public class CoufunControlResource {

    /** Body of {@code POST /sandbox/coufun/coupons}; limits are the cancel call's (GOODS_ID 10, BARCODE_NUM 30 EUC-KR bytes). */
    public record RegisterCoupon(
            @NotBlank String goodsId, @NotBlank String barcode) {}

    public record CoufunCouponView(
            String goodsId, String barcode, String state, ZonedDateTime registeredAt, ZonedDateTime changedAt) {

        static CoufunCouponView of(CoufunCoupon c) {
            return new CoufunCouponView(c.goodsId(), c.barcode(), c.state().name(), c.registeredAt(), c.changedAt());
        }
    }

    private final CallCounters calls;
    private final CoufunLedger ledger;

    public CoufunControlResource(CallCounters calls, CoufunLedger ledger) {
        this.calls = calls;
        this.ledger = ledger;
    }

    @GET
    @Path("/calls")
    public Map<String, Long> calls() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CoufunOperation operation : CoufunOperation.values()) {
            counts.put(operation.key(), calls.count(CoufunOperation.PROVIDER, operation.key()));
        }
        return counts;
    }

    /** Registers a coupon (state ISSUED); 409 when the barcode is known, 400 beyond the byte limits. */
    @POST
    @Path("/coupons")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull RegisterCoupon body) {
        if (EucKr.length(body.goodsId()) > 10) {
            throw badRequest("goodsId", "goodsId longer than 10 bytes of EUC-KR");
        }
        if (EucKr.length(body.barcode()) > 30) {
            throw badRequest("barcode", "barcode longer than 30 bytes of EUC-KR");
        }
        CoufunCoupon coupon = ledger.register(body.goodsId(), body.barcode())
                .orElseThrow(() -> new ProblemException(
                        Problem.of(409, "DUPLICATE", "Conflict", "barcode " + body.barcode() + " already registered")
                                .withRetryable(false)));
        return Response.created(URI.create("/sandbox/coufun/coupons/" + coupon.barcode()))
                .entity(CoufunCouponView.of(coupon))
                .build();
    }

    @GET
    @Path("/coupons")
    public List<CoufunCouponView> coupons() {
        return ledger.all().stream()
                .sorted(Comparator.comparing(CoufunCoupon::registeredAt))
                .map(CoufunCouponView::of)
                .toList();
    }

    @GET
    @Path("/coupons/{barcode}")
    public CoufunCouponView coupon(@PathParam("barcode") String barcode) {
        return ledger.find(barcode).map(CoufunCouponView::of).orElseThrow(() -> notFound(barcode));
    }

    /** Used at a shop: a later cancel answers 17. */
    @POST
    @Path("/coupons/{barcode}/use")
    public CoufunCouponView use(@PathParam("barcode") String barcode) {
        return move(barcode, CoufunCouponState.USED);
    }

    /** Expired: a later cancel answers 04. */
    @POST
    @Path("/coupons/{barcode}/expire")
    public CoufunCouponView expire(@PathParam("barcode") String barcode) {
        return move(barcode, CoufunCouponState.EXPIRED);
    }

    private CoufunCouponView move(String barcode, CoufunCouponState next) {
        try {
            return ledger.moveTo(barcode, next).map(CoufunCouponView::of).orElseThrow(() -> notFound(barcode));
        } catch (IllegalStateException e) {
            throw new ProblemException(
                    Problem.of(409, "INVALID_STATE", "Conflict", e.getMessage()).withRetryable(false));
        }
    }

    private static ProblemException notFound(String barcode) {
        return new ProblemException(Problem.of(404, "NOT_FOUND", "Not Found", "no COUFUN coupon " + barcode));
    }

    private static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.of(400, "VALIDATION_FAILED", "The request is not valid", message)
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .withRetryable(false));
    }
}
