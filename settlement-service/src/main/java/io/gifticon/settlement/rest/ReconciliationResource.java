package io.gifticon.settlement.rest;

import io.gifticon.settlement.ReconciliationEntity;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.ReconciliationService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Bizmoney reconciliations on demand, and their outcome. */
@Path("/api/v1/settlement/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
    private final ReconciliationService reconciliations;
    private final SettlementConfig config;

    public ReconciliationResource(ReconciliationService reconciliations, SettlementConfig config) {
        this.reconciliations = reconciliations;
        this.config = config;
    }

    /** Body of a reconciliation request; {@code date} (YYYY-MM-DD) is recorded, the balance is always today's. */
    public record ReconciliationRequest(String provider, String date) {}

    public record ReconciliationView(
            UUID id,
            String provider,
            LocalDate date,
            String status,
            Long observed,
            Long expected,
            Long drift,
            String error,
            Instant requestedAt,
            Instant completedAt) {
        static ReconciliationView of(ReconciliationEntity r) {
            return new ReconciliationView(
                    r.id,
                    r.provider,
                    r.businessDate,
                    r.status,
                    r.observed,
                    r.expected,
                    r.drift,
                    r.error,
                    r.requestedAt,
                    r.completedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> request(ReconciliationRequest body) {
        if (body == null) {
            throw Inputs.invalid("body {provider, date?} is required");
        }
        String provider = Inputs.required("provider", body.provider());
        LocalDate date = Inputs.date("date", body.date(), false, config.zone());
        return reconciliations
                .request(provider, date)
                .map(id -> Response.accepted(Map.of("id", id.toString())).build());
    }

    @GET
    @Path("/{id}")
    public Uni<ReconciliationView> get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid("id must be a UUID");
        }
        return reconciliations.find(uuid).map(r -> {
            if (r == null) {
                throw Inputs.notFound("no reconciliation " + id);
            }
            return ReconciliationView.of(r);
        });
    }
}
