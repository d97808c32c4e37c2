package io.gifticon.issuance.rest;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.service.CouponIssuanceService;
import io.gifticon.issuance.service.IssueOutcome;
import io.gifticon.providers.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.gifticon.web.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Issue and read coupons. Reached through the gateway, which authenticates and sets {@code X-Client-Id}. */
@Path("/api/v1/coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouponResource {
    static final String CLIENT_ID = "X-Client-Id";
    static final String CLIENT_SCOPES = "X-Client-Scopes";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CouponIssuanceService issuance;

    public CouponResource(CouponIssuanceService issuance) {
        this.issuance = issuance;
    }

    @POST
    @Operation(summary = "Issue a coupon", description = "201 when issued; 202 while the provider's answer is not "
            + "known yet. The same Idempotency-Key and body return the same coupon; another body is 409.")
    public Uni<Response> issue(@Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull IssueCouponRequest request) {
        String client = requireClient(clientId);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw new ProblemException(Problem.of(400, "VALIDATION_FAILED", "The request is not valid",
                    "Header Idempotency-Key is required (1-128 characters)").withRetryable(false)
                    .withErrors(List.of(new Problem.FieldError(IDEMPOTENCY_KEY, "is required, 1-128 characters"))));
        }
        return issuance.issue(client, idempotencyKey, request).map(CouponResource::issueResponse);
    }

    @GET
    @Path("/{couponId}")
    @Operation(summary = "One coupon; the PIN only with the coupons:read scope")
    public Uni<CouponView> get(@Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @Parameter(hidden = true) @HeaderParam(CLIENT_SCOPES) String scopes,
            @PathParam("couponId") String couponId) {
        String client = requireClient(clientId);
        UUID id = parseId(couponId);
        return issuance.find(id, client)
                .onItem().ifNull().failWith(() -> new ProblemException(Problem.of(404, "COUPON_NOT_FOUND",
                        "Coupon not found", "No coupon " + couponId + " for this client")))
                .map(c -> CouponView.of(c, mayReadPins(scopes) ? issuance.revealPin(c) : null));
    }

    private static Response issueResponse(IssueOutcome outcome) {
        CouponEntity c = outcome.coupon();
        if (c.status == CouponStatus.FAILED) {
            ErrorCode code = ErrorCode.valueOf(c.errorCode);
            return ProblemMappers.respond(Problem.of(code.httpStatus(), code.name(), "The coupon was not issued",
                    code.userMessage() + (c.errorMessage == null ? "" : " (" + c.errorMessage + ")"))
                    .withProvider(c.provider, c.errorProviderCode, code.retryable())
                    .withExtensions(Map.of("couponId", c.id.toString()))
                    .withInstance("/api/v1/coupons"));
        }
        int status = switch (c.status) {
            case ISSUED -> 201;
            case REQUESTED, ISSUING, UNKNOWN -> 202;
            default -> 200;
        };
        // a relative Location: absolute, it would name this service's internal address behind the gateway
        return Response.status(status).header(HttpHeaders.LOCATION, "/api/v1/coupons/" + c.id)
                .entity(CouponView.of(c, outcome.pin())).build();
    }

    private static String requireClient(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new ProblemException(Problem.of(401, "UNAUTHENTICATED", "No client",
                    "Requests reach this service through the gateway, which identifies the client."));
        }
        return clientId;
    }

    private static boolean mayReadPins(String scopes) {
        return scopes != null && Arrays.asList(scopes.split("[ ,]+")).contains("coupons:read");
    }

    private static UUID parseId(String couponId) {
        try {
            return UUID.fromString(couponId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(404, "COUPON_NOT_FOUND", "Coupon not found",
                    "No coupon " + couponId));
        }
    }
}
