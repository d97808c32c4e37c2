package io.gifticon.settlement.rest;

import io.gifticon.providers.spi.Capability;
import io.gifticon.settlement.ReconciliationEntity;
import io.gifticon.settlement.rest.validation.BusinessDay;
import io.gifticon.settlement.rest.validation.KnownProvider;
import io.gifticon.settlement.service.ReconciliationService;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    /** What {@link UUID#fromString} reads: five groups of hex digits. */
    static final String UUID_PATTERN =
            "[0-9a-fA-F]{1,8}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,4}-[0-9a-fA-F]{1,12}";

    private final ReconciliationService reconciliations;

    public ReconciliationResource(ReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    /** Body of a reconciliation request; {@code date} (YYYY-MM-DD) is recorded, the balance is always today's. */
    public record ReconciliationRequest(
            @NotBlank @KnownProvider(capabilities = Capability.BALANCE, what = "a prepaid balance API")
            String provider,

            @BusinessDay String date) {}

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
    public Uni<Response> request(@Valid @NotNull ReconciliationRequest body) {
        return reconciliations
                .request(body.provider().strip(), BusinessDay.Days.parse(body.date()))
                .map(id -> Response.accepted(Map.of("id", id.toString())).build());
    }

    @GET
    @Path("/{id}")
    public Uni<ReconciliationView> get(
            @PathParam("id") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        return reconciliations.find(UUID.fromString(id)).map(r -> {
            if (r == null) {
                throw new DomainException(ErrorCode.NOT_FOUND, "no reconciliation " + id);
            }
            return ReconciliationView.of(r);
        });
    }
}
