package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.giftishow.GiftishowOperation;
import io.gifticon.sandbox.giftishow.coupon.CouponService;
import io.gifticon.sandbox.giftishow.coupon.IssuedCoupon;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Control API of the simulated Giftishow account: call counters, coupon state and redemption, bizmoney; errors as problem+json. */
@Path("/sandbox/giftishow")
@Produces(MediaType.APPLICATION_JSON)
public class GiftishowControlResource {

    /** Body of {@code PUT /sandbox/giftishow/bizmoney} and of its replies. */
    public record Balance(@NotNull @PositiveOrZero Long balance) {}

    /** Reply of {@code GET /sandbox/giftishow/calls/{operation}}. */
    public record CallCount(String operation, long count) {}

    private final CallCounters calls;
    private final CouponService coupons;

    public GiftishowControlResource(CallCounters calls, CouponService coupons) {
        this.calls = calls;
        this.coupons = coupons;
    }

    /** Requests received per operation since start-up or the last reset, e.g. {@code {"send":3,"cancel":1,...}}. */
    @GET
    @Path("/calls")
    public Map<String, Long> calls() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GiftishowOperation operation : GiftishowOperation.values()) {
            counts.put(operation.key(), calls.count(GiftishowOperation.PROVIDER, operation.key()));
        }
        return counts;
    }

    @GET
    @Path("/calls/{operation}")
    public CallCount calls(@PathParam("operation") String operation) {
        return GiftishowOperation.ofKey(operation)
                .map(op -> new CallCount(op.key(), calls.count(GiftishowOperation.PROVIDER, op.key())))
                .orElseThrow(() -> notFound("unknown operation " + operation));
    }

    /**
     * Every coupon issued since start-up or the last reset (cancelled, exchanged and expired ones included), by
     * tr_id: what the account holds, for tests that compare it with a client's own ledger.
     */
    @GET
    @Path("/coupons")
    public List<CouponStateView> coupons() {
        LocalDateTime now = coupons.now();
        return coupons.all().stream()
                .map(coupon -> CouponStateView.of(coupon, now))
                .sorted(Comparator.comparing(CouponStateView::trId))
                .toList();
    }

    @GET
    @Path("/coupons/{trId}")
    public CouponStateView coupon(@PathParam("trId") String trId) {
        return view(trId, () -> coupons.find(trId));
    }

    /** Marks the coupon exchanged at a shop (pinStatusCd 02). */
    @POST
    @Path("/coupons/{trId}/redeem")
    public CouponStateView redeem(@PathParam("trId") String trId) {
        return view(trId, () -> coupons.redeem(trId));
    }

    /** Marks the coupon expired (pinStatusCd 08). */
    @POST
    @Path("/coupons/{trId}/expire")
    public CouponStateView expire(@PathParam("trId") String trId) {
        return view(trId, () -> coupons.expire(trId));
    }

    /** Moves the coupon's issue time back by {@code days}, e.g. 8 to try a cancel after the 7-day window. */
    @POST
    @Path("/coupons/{trId}/backdate")
    public CouponStateView backdate(@PathParam("trId") String trId, @QueryParam("days") @NotNull @Min(1) Integer days) {
        return view(trId, () -> coupons.backdate(trId, days));
    }

    @GET
    @Path("/bizmoney")
    public Balance balance() {
        return new Balance(coupons.balance());
    }

    @PUT
    @Path("/bizmoney")
    @Consumes(MediaType.APPLICATION_JSON)
    public Balance setBalance(@Valid @NotNull Balance balance) {
        coupons.setBalance(balance.balance());
        return new Balance(coupons.balance());
    }

    private CouponStateView view(String trId, Supplier<Optional<IssuedCoupon>> action) {
        try {
            return action.get()
                    .map(coupon -> CouponStateView.of(coupon, coupons.now()))
                    .orElseThrow(() -> notFound("no coupon with tr_id " + trId));
        } catch (IllegalStateException e) {
            throw new ProblemException(
                    Problem.of(409, "INVALID_STATE", "Conflict", e.getMessage()).withRetryable(false));
        }
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "NOT_FOUND", "Not Found", detail));
    }
}
