package io.gifticon.settlement.rest;

import io.gifticon.settlement.PosTransactionEntity;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.PosService;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * PBT POS transactions relayed by the POS page (body: the popup's reply, pbt-pos-integration.txt §2.2, or
 * {request, reply}). Each belongs to the client that recorded it ({@code X-Client-Id}, set by the gateway).
 */
@Path("/api/v1/pos/transactions")
@Produces(MediaType.APPLICATION_JSON)
public class PosResource {
    static final String CLIENT_ID = "X-Client-Id";
    private final PosService pos;
    private final SettlementConfig config;

    public PosResource(PosService pos, SettlementConfig config) {
        this.pos = pos;
        this.config = config;
    }

    /** {@code requestedAmount}: what the page asked the popup for, when it relayed its request (else absent). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PosTransactionView(
            String transactionId,
            String supportMode,
            long pointsRedeemed,
            long pointsEarned,
            long couponDiscount,
            long prepaidAmount,
            Long requestedAmount,
            String status,
            Instant recordedAt,
            Instant confirmedAt,
            Instant cancelledAt) {
        static PosTransactionView of(PosTransactionEntity t) {
            return new PosTransactionView(
                    t.transactionId,
                    t.supportMode,
                    t.pointsRedeemed,
                    t.pointsEarned,
                    t.couponDiscount,
                    t.prepaidAmount,
                    t.requestedAmount,
                    t.status,
                    t.recordedAt,
                    t.confirmedAt,
                    t.cancelledAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> record(@HeaderParam(CLIENT_ID) String clientId, String body) {
        String client = requireClient(clientId);
        // RequestLimits refused a declared length above the limit; a chunked body is measured here
        if (body != null
                && body.length() > config.pos().maxBodyBytes() / 3
                && body.getBytes(StandardCharsets.UTF_8).length > config.pos().maxBodyBytes()) {
            throw new DomainException(
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "the body may be at most " + config.pos().maxBodyBytes() + " bytes");
        }
        return pos.record(client, body)
                .map(t -> Response.status(201).entity(PosTransactionView.of(t)).build());
    }

    @GET
    @Path("/{transactionId}")
    public Uni<PosTransactionView> get(
            @HeaderParam(CLIENT_ID) String clientId, @PathParam("transactionId") String transactionId) {
        return pos.get(requireClient(clientId), transactionId).map(PosTransactionView::of);
    }

    @POST
    @Path("/{transactionId}/confirm")
    public Uni<PosTransactionView> confirm(
            @HeaderParam(CLIENT_ID) String clientId, @PathParam("transactionId") String transactionId) {
        return pos.confirm(requireClient(clientId), transactionId).map(PosTransactionView::of);
    }

    @POST
    @Path("/{transactionId}/cancel")
    public Uni<PosTransactionView> cancel(
            @HeaderParam(CLIENT_ID) String clientId, @PathParam("transactionId") String transactionId) {
        return pos.cancel(requireClient(clientId), transactionId).map(PosTransactionView::of);
    }

    /** The client the gateway authenticated; 401 when a request did not come through the gateway. */
    static String requireClient(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 128) {
            throw new DomainException(
                    ErrorCode.UNAUTHENTICATED,
                    "POS transactions are reached through the gateway, which identifies the client (X-Client-Id)");
        }
        return clientId;
    }
}
