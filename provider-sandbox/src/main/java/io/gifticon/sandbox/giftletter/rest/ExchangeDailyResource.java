package io.gifticon.sandbox.giftletter.rest;

import static io.gifticon.sandbox.giftletter.GiftLetterOperation.PROVIDER;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.fault.FaultInjector;
import io.gifticon.sandbox.giftletter.GiftLetterCode;
import io.gifticon.sandbox.giftletter.GiftLetterException;
import io.gifticon.sandbox.giftletter.GiftLetterOperation;
import io.gifticon.sandbox.giftletter.coupon.EPinCoupon;
import io.gifticon.sandbox.giftletter.coupon.EPinLedger;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * The GiftLetter daily exchange log (giftletter-b2c.txt §10, on the provider's separate admin host): plain text, one
 * redemption a line, {@code PIN|yyyyMMddHHmmss|branch} or {@code PIN|yyyyMMdd|branch} for date-only brands.
 */
@Path("/giftletter-admin/mn_compare/ExchangeDaily.aspx")
public class ExchangeDailyResource {

    private static final String TEXT = "text/plain; charset=UTF-8";

    private final CallCounters calls;
    private final FaultInjector faults;
    private final GiftLetterRequests requests;
    private final EPinLedger ledger;

    public ExchangeDailyResource(
            CallCounters calls, FaultInjector faults, GiftLetterRequests requests, EPinLedger ledger) {
        this.calls = calls;
        this.faults = faults;
        this.requests = requests;
        this.ledger = ledger;
    }

    /** {@code ?cid=&dt=yyyy-MM-dd}; an empty body when nothing was exchanged that day. */
    @GET
    public Uni<Response> exchangeDaily(@Context HttpServerRequest request) {
        String operation = GiftLetterOperation.EXCHANGE_DAILY.key();
        calls.record(PROVIDER, operation);
        return faults.apply(
                PROVIDER,
                operation,
                request,
                () -> answer(request),
                code -> text(500, code + " " + GiftLetterCode.messageOf(code)));
    }

    private Response answer(HttpServerRequest request) {
        LocalDate day;
        try {
            requests.partner(request.params());
            day = LocalDate.parse(GiftLetterRequests.required(request.params(), "dt", 10));
        } catch (GiftLetterException e) {
            // the real page answers an unregistered partner without a body format of its own: the code as text
            return text(
                    e.code() == GiftLetterCode.A001 ? 403 : 400,
                    e.code().code() + " " + e.code().message());
        } catch (DateTimeParseException e) {
            return text(400, GiftLetterCode.P001.code() + " " + GiftLetterCode.P001.message());
        }
        String body =
                ledger.usedOn(day).stream().map(ExchangeDailyResource::line).collect(Collectors.joining("\n"));
        return text(200, body.isEmpty() ? "" : body + "\n");
    }

    private static Response text(int status, String body) {
        return Response.status(status).type(TEXT).entity(body).build();
    }

    /** One line of the log: PIN, time of use (date only for date-only brands), branch. */
    static String line(EPinCoupon coupon) {
        return coupon.epin() + "|" + GiftLetterResource.exchangeTime(coupon) + "|" + coupon.branch();
    }
}
