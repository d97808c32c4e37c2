package io.gifticon.sandbox.giftletter.rest;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.giftletter.GiftLetterOperation;
import io.gifticon.sandbox.giftletter.coupon.EPinCoupon;
import io.gifticon.sandbox.giftletter.coupon.EPinLedger;
import io.gifticon.sandbox.giftletter.coupon.EPinState;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Control API of the simulated GiftLetter account: call counters, PIN state, redemption at a branch; errors as problem+json. */
@Path("/sandbox/giftletter")
@Produces(MediaType.APPLICATION_JSON)
public class GiftLetterControlResource {

    /** Body of {@code POST /sandbox/giftletter/coupons/{orderId}/use}; both fields optional (a brand branch, now). */
    public record UseRequest(String branch, OffsetDateTime at) {}

    /** Full state of one issued PIN; {@code exchangeLogLine} is its line in the daily exchange log once used. */
    public record EPinView(
            String orderId,
            String epin,
            String coTid,
            String goodsId,
            String goodsName,
            int brandId,
            String state,
            String use,
            String reserved,
            ZonedDateTime issuedAt,
            ZonedDateTime usedAt,
            String branch,
            ZonedDateTime cancelledAt,
            int resendCount,
            String exchangeLogLine) {

        static EPinView of(EPinCoupon c) {
            boolean used = c.state() == EPinState.USED;
            return new EPinView(
                    c.orderId(),
                    c.epin(),
                    c.request().coTid(),
                    c.goods().goodsId(),
                    c.goods().name(),
                    c.goods().brand().brandId(),
                    c.state().name(),
                    c.state().use(),
                    c.request().reserved(),
                    c.issuedAt(),
                    c.usedAt(),
                    c.branch(),
                    c.cancelledAt(),
                    c.resendCount(),
                    used ? ExchangeDailyResource.line(c) : null);
        }
    }

    private final CallCounters calls;
    private final EPinLedger ledger;

    public GiftLetterControlResource(CallCounters calls, EPinLedger ledger) {
        this.calls = calls;
        this.ledger = ledger;
    }

    /** Requests received per call name since start-up or the last reset, e.g. {@code {"SendEPin":3,...}}. */
    @GET
    @Path("/calls")
    public Map<String, Long> calls() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GiftLetterOperation operation : GiftLetterOperation.values()) {
            counts.put(operation.key(), calls.count(GiftLetterOperation.PROVIDER, operation.key()));
        }
        return counts;
    }

    @GET
    @Path("/coupons/{orderId}")
    public EPinView coupon(@PathParam("orderId") String orderId) {
        return ledger.find(orderId).map(EPinView::of).orElseThrow(() -> notFound(orderId));
    }

    /** The PIN exchanged at a branch: StatusSendEPin answers use=Y, the day's exchange log lists it; 409 unless unused. */
    @POST
    @Path("/coupons/{orderId}/use")
    @Consumes(MediaType.APPLICATION_JSON)
    public EPinView use(@PathParam("orderId") String orderId, UseRequest body) {
        UseRequest use = body == null ? new UseRequest(null, null) : body;
        try {
            return ledger.use(
                            orderId,
                            use.branch(),
                            use.at() == null ? null : use.at().toZonedDateTime())
                    .map(EPinView::of)
                    .orElseThrow(() -> notFound(orderId));
        } catch (IllegalStateException e) {
            throw new ProblemException(
                    Problem.of(409, "INVALID_STATE", "Conflict", e.getMessage()).withRetryable(false));
        }
    }

    private static ProblemException notFound(String orderId) {
        return new ProblemException(Problem.of(404, "NOT_FOUND", "Not Found", "no GiftLetter order " + orderId));
    }
}
