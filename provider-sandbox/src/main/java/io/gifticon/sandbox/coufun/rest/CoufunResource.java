package io.gifticon.sandbox.coufun.rest;

import static io.gifticon.sandbox.coufun.CoufunOperation.PROVIDER;

import io.gifticon.sandbox.control.CallCounters;
import io.gifticon.sandbox.coufun.CoufunCode;
import io.gifticon.sandbox.coufun.CoufunException;
import io.gifticon.sandbox.coufun.CoufunOperation;
import io.gifticon.sandbox.coufun.EucKr;
import io.gifticon.sandbox.coufun.config.CoufunConfig;
import io.gifticon.sandbox.coufun.coupon.CoufunLedger;
import io.gifticon.sandbox.fault.FaultInjector;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The simulated COUFUN cancel API (coufun-cancel.md): POST form (GET with a query string also allowed,
 * coufun-result-codes.md §1), XML reply in EUC-KR. Counted, then fault injection, then the provider's checks.
 */
@Path("/coufun/b2c_api")
public class CoufunResource {

    private final CallCounters calls;
    private final FaultInjector faults;
    private final CoufunLedger ledger;
    private final CoufunConfig config;

    public CoufunResource(CallCounters calls, FaultInjector faults, CoufunLedger ledger, CoufunConfig config) {
        this.calls = calls;
        this.faults = faults;
        this.ledger = ledger;
        this.config = config;
    }

    @POST
    @Path("/coufunPartCancel.do")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> partCancel(MultivaluedMap<String, String> body, @Context HttpServerRequest request) {
        return handle(body, request);
    }

    @GET
    @Path("/coufunPartCancel.do")
    public Uni<Response> partCancelByGet(@Context HttpServerRequest request) {
        return handle(new MultivaluedHashMap<>(), request);
    }

    private Uni<Response> handle(MultivaluedMap<String, String> body, HttpServerRequest request) {
        String operation = CoufunOperation.PART_CANCEL.key();
        calls.record(PROVIDER, operation);
        return faults.apply(
                PROVIDER,
                operation,
                request,
                () -> answer(body, request),
                code -> CoufunXml.failure(
                        code, CoufunCode.of(code).map(CoufunCode::message).orElse("ERROR MESSAGE")));
    }

    private Response answer(MultivaluedMap<String, String> body, HttpServerRequest request) {
        try {
            // form fields win over the query string
            String pocId = param(body, request, "POC_ID");
            String goodsId = param(body, request, "GOODS_ID");
            String barcode = param(body, request, "BARCODE_NUM");
            check(pocId, 10, CoufunCode.POC_ID);
            if (!config.pocId().equals(pocId)) {
                throw new CoufunException(CoufunCode.POC_ID);
            }
            check(goodsId, 10, CoufunCode.GOODS_ID);
            check(barcode, 30, CoufunCode.BARCODE);
            ledger.cancel(goodsId, barcode);
            return CoufunXml.success(barcode);
        } catch (CoufunException e) {
            Log.debugf("coufun cancel refused: %s", e.code().code());
            return CoufunXml.failure(e.code().code(), e.code().message());
        } catch (RuntimeException e) {
            Log.errorf(e, "coufun cancel failed");
            return CoufunXml.failure(CoufunCode.SYSTEM.code(), CoufunCode.SYSTEM.message());
        }
    }

    /** Required, at most {@code maxBytes} bytes of EUC-KR (coufun-cancel.md §4). */
    private static void check(String value, int maxBytes, CoufunCode code) {
        if (value == null || value.isBlank() || EucKr.length(value) > maxBytes) {
            throw new CoufunException(code);
        }
    }

    private static String param(MultivaluedMap<String, String> body, HttpServerRequest request, String name) {
        String value = body.getFirst(name);
        return value != null ? value : request.getParam(name);
    }
}
