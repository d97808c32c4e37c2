package io.gifticon.issuance.rest;

import io.gifticon.issuance.service.CouponBatchService;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Batches of coupons: accepted at once, sent in the background, followed by their progress. */
@Path("/api/v1/coupon-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouponBatchResource {
    private final CouponBatchService batches;

    public CouponBatchResource(CouponBatchService batches) {
        this.batches = batches;
    }

    @POST
    @Operation(
            summary = "Issue one product to up to 10,000 recipients",
            description =
                    "202 with the batch id; "
                            + "every recipient is checked first (400 lists the bad ones). The same Idempotency-Key and body return "
                            + "the same batch; another body is 409. Each recipient is issued at most once, also across restarts.")
    public Uni<Response> create(
            @Parameter(hidden = true) @HeaderParam(GatewayHeaders.CLIENT_ID) String clientId,
            @HeaderParam(GatewayHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull IssueBatchRequest request) {
        String client = GatewayHeaders.requireClient(clientId);
        GatewayHeaders.requireIdempotencyKey(idempotencyKey);
        batches.requireRecipientCount(request);
        var problems = request.recipientProblems();
        if (problems.total() > 0) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED,
                    problems.total() + " recipient(s) are invalid"
                            + (problems.total() > problems.listed().size()
                                    ? "; the first " + problems.listed().size() + " are listed"
                                    : ""),
                    Map.of("errors", problems.listed(), "invalidRecipients", problems.total()));
        }
        return batches.create(client, idempotencyKey, request.normalized())
                .map(id -> Response.accepted(Map.of(
                                "batchId",
                                id.toString(),
                                "total",
                                request.recipients().size()))
                        .header(HttpHeaders.LOCATION, "/api/v1/coupon-batches/" + id)
                        .build());
    }

    @GET
    @Path("/{batchId}")
    @Operation(summary = "Progress (counts per status) and one page of the recipients' outcomes")
    public Uni<BatchView> get(
            @Parameter(hidden = true) @HeaderParam(GatewayHeaders.CLIENT_ID) String clientId,
            @PathParam("batchId") String batchId,
            @QueryParam("itemsPage") @DefaultValue("0") @Min(0) int itemsPage,
            @QueryParam("itemsSize") @DefaultValue("1000") @Min(1) @Max(10_000) int itemsSize) {
        String client = GatewayHeaders.requireClient(clientId);
        UUID id;
        try {
            id = UUID.fromString(batchId);
        } catch (IllegalArgumentException e) {
            throw notFound(batchId);
        }
        return batches.view(id, client, itemsPage, itemsSize).onItem().ifNull().failWith(() -> notFound(batchId));
    }

    private static DomainException notFound(String batchId) {
        return new DomainException(ErrorCode.BATCH_NOT_FOUND, "No batch " + batchId + " for this client");
    }
}
