package io.gifticon.settlement.rest;

import io.gifticon.settlement.PosTransactionEntity;
import io.gifticon.settlement.service.PosService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** PBT POS transactions relayed by the POS page (body: the popup's reply, pbt-pos-integration.txt §2.2). */
@Path("/api/v1/pos/transactions")
@Produces(MediaType.APPLICATION_JSON)
public class PosResource {
    private final PosService pos;

    public PosResource(PosService pos) {
        this.pos = pos;
    }

    public record PosTransactionView(String transactionId, String supportMode, long pointsRedeemed, long pointsEarned,
            long couponDiscount, long prepaidAmount, String status, Instant recordedAt, Instant confirmedAt,
            Instant cancelledAt) {
        static PosTransactionView of(PosTransactionEntity t) {
            return new PosTransactionView(t.transactionId, t.supportMode, t.pointsRedeemed, t.pointsEarned,
                    t.couponDiscount, t.prepaidAmount, t.status, t.recordedAt, t.confirmedAt, t.cancelledAt);
        }
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    public Uni<Response> record(String popupReply) {
        return pos.record(popupReply).map(t -> Response.status(201).entity(PosTransactionView.of(t)).build());
    }

    @POST
    @Path("/{transactionId}/confirm")
    public Uni<PosTransactionView> confirm(@PathParam("transactionId") String transactionId) {
        return pos.confirm(transactionId).map(PosTransactionView::of);
    }

    @POST
    @Path("/{transactionId}/cancel")
    public Uni<PosTransactionView> cancel(@PathParam("transactionId") String transactionId) {
        return pos.cancel(transactionId).map(PosTransactionView::of);
    }
}
