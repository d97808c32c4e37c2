package io.gifticon.settlement.rest;

import io.gifticon.settlement.DiscrepancyEntity;
import io.gifticon.settlement.rest.validation.KnownProvider;
import io.gifticon.settlement.service.Discrepancies;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Discrepancies, newest first, optionally by status; resolution with a note. */
@Path("/api/v1/settlement/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
public class DiscrepancyResource {
    private final Discrepancies discrepancies;

    public DiscrepancyResource(Discrepancies discrepancies) {
        this.discrepancies = discrepancies;
    }

    public record DiscrepancyView(
            long id,
            String provider,
            String kind,
            String reference,
            Long amount,
            String detail,
            String status,
            Instant openedAt,
            Instant resolvedAt,
            String resolutionNote) {
        static DiscrepancyView of(DiscrepancyEntity d) {
            return new DiscrepancyView(
                    d.id,
                    d.provider,
                    d.kind,
                    d.reference,
                    d.amount,
                    d.detail,
                    d.status.toLowerCase(Locale.ROOT),
                    d.openedAt,
                    d.resolvedAt,
                    d.resolutionNote);
        }
    }

    /** Body of a resolution: what was found and done, for the record (1–500 characters). */
    public record ResolveRequest(@NotBlank @Size(max = 500) String note) {}

    /** The list's filters: {@code status} open or resolved, {@code provider} a known provider; both optional. */
    public record ListQuery(
            @QueryParam("status") DiscrepancyStatus status,
            @QueryParam("provider") @KnownProvider String provider) {}

    /** Closes an open discrepancy with a note (an operator's call; the gateway restricts it to admin keys). */
    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DiscrepancyView> resolve(
            @PathParam("id") @Pattern(regexp = "-?\\d{1,18}", message = "must be a number") String id,
            @Valid @NotNull ResolveRequest body) {
        return discrepancies.resolve(Long.parseLong(id), body.note().strip()).map(DiscrepancyView::of);
    }

    @GET
    public Uni<List<DiscrepancyView>> list(@Valid @BeanParam ListQuery query) {
        return discrepancies
                .list(
                        query.status() == null ? null : query.status().name(),
                        query.provider() == null ? null : query.provider().strip())
                .map(list -> list.stream().map(DiscrepancyView::of).toList());
    }
}
