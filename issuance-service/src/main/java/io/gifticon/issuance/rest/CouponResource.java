package io.gifticon.issuance.rest;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.repository.CouponRepository;
import io.gifticon.issuance.service.CouponCancellationService;
import io.gifticon.issuance.service.CouponFollowUpService;
import io.gifticon.issuance.service.CouponIssuanceService;
import io.gifticon.issuance.service.IssueOutcome;
import io.gifticon.providers.ErrorCode;
import io.gifticon.web.DomainException;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
    static final String CLIENT_ID = GatewayHeaders.CLIENT_ID;
    static final String CLIENT_SCOPES = GatewayHeaders.CLIENT_SCOPES;
    static final String IDEMPOTENCY_KEY = GatewayHeaders.IDEMPOTENCY_KEY;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final CouponIssuanceService issuance;
    private final CouponCancellationService cancellation;
    private final CouponFollowUpService followUp;

    public CouponResource(
            CouponIssuanceService issuance, CouponCancellationService cancellation, CouponFollowUpService followUp) {
        this.issuance = issuance;
        this.cancellation = cancellation;
        this.followUp = followUp;
    }

    @GET
    @Operation(summary = "The client's coupons, newest first; no PINs in lists")
    public Uni<CouponPageView> list(
            @Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @QueryParam("status") String status,
            @QueryParam("productId") String productId,
            @Parameter(description = "ISO date (Asia/Seoul day) or instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO date (Asia/Seoul day) or instant, exclusive") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String client = GatewayHeaders.requireClient(clientId);
        var filter = new CouponRepository.CouponFilter(
                parseStatus(status), blankToNull(productId), parseTime("from", from), parseTime("to", to));
        return issuance.search(client, filter, page, size)
                .map(found -> new CouponPageView(
                        found.items().stream().map(c -> CouponView.of(c, null)).toList(), page, size, found.total()));
    }

    @POST
    @Path("/{couponId}/cancel")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(
            summary = "Cancel an issued coupon",
            description =
                    "200 cancelled; 202 while the provider's answer "
                            + "is not known (the cancel is repeated until it is); 409 problem when the coupon cannot be cancelled.")
    public Uni<Response> cancel(
            @Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId, @PathParam("couponId") String couponId) {
        String client = GatewayHeaders.requireClient(clientId);
        return cancellation.cancel(parseId(couponId), client).map(outcome -> {
            CouponEntity c = outcome.coupon();
            if (outcome.refusal() != null) {
                var error = outcome.refusal();
                return ProblemMappers.respond(Problem.of(
                                error.code().httpStatus() == 404
                                        ? 409
                                        : error.code().httpStatus(),
                                error.code().name(),
                                "The coupon was not cancelled",
                                error.code().userMessage())
                        .withProvider(error.provider(), error.providerCode(), error.retryable())
                        .withExtensions(Map.of("couponId", c.id.toString(), "status", c.status.name()))
                        .withInstance("/api/v1/coupons/" + c.id + "/cancel"));
            }
            return Response.status(c.status == CouponStatus.CANCELLED ? 200 : 202)
                    .entity(CouponView.of(c, null))
                    .build();
        });
    }

    @POST
    @Operation(
            summary = "Issue a coupon",
            description = "201 when issued; 202 while the provider's answer is not "
                    + "known yet. The same Idempotency-Key and body return the same coupon; another body is 409.")
    public Uni<Response> issue(
            @Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull IssueCouponRequest request) {
        String client = GatewayHeaders.requireClient(clientId);
        GatewayHeaders.requireIdempotencyKey(idempotencyKey);
        return issuance.issue(client, idempotencyKey, request.normalized()).map(CouponResource::issueResponse);
    }

    @GET
    @Path("/{couponId}")
    @Operation(summary = "One coupon; the PIN only with the coupons:read scope; refresh=true asks the provider now")
    public Uni<CouponView> get(
            @Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @Parameter(hidden = true) @HeaderParam(CLIENT_SCOPES) String scopes,
            @PathParam("couponId") String couponId,
            @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        String client = GatewayHeaders.requireClient(clientId);
        UUID id = parseId(couponId);
        Uni<CouponEntity> coupon = refresh
                ? followUp.refresh(id, client)
                : issuance.find(id, client)
                        .onItem()
                        .ifNull()
                        .failWith(() -> new DomainException(
                                io.gifticon.web.ErrorCode.COUPON_NOT_FOUND,
                                "No coupon " + couponId + " for this client"));
        return coupon.map(c -> CouponView.of(c, mayReadPins(scopes) ? issuance.revealPin(c) : null));
    }

    @POST
    @Path("/{couponId}/resend")
    @Operation(summary = "Send an issued coupon again by MMS or SMS (on the recipient's request)")
    public Uni<CouponView> resend(
            @Parameter(hidden = true) @HeaderParam(CLIENT_ID) String clientId,
            @PathParam("couponId") String couponId,
            @Valid @NotNull ResendRequest request) {
        String client = GatewayHeaders.requireClient(clientId);
        return followUp.resend(parseId(couponId), client, request.channel()).map(c -> CouponView.of(c, null));
    }

    private static Response issueResponse(IssueOutcome outcome) {
        CouponEntity c = outcome.coupon();
        if (c.status == CouponStatus.FAILED) {
            ErrorCode code = ErrorCode.valueOf(c.errorCode);
            return ProblemMappers.respond(Problem.of(ProviderProblems.webCode(code), code.userMessage())
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
        return Response.status(status)
                .header(HttpHeaders.LOCATION, "/api/v1/coupons/" + c.id)
                .entity(CouponView.of(c, outcome.pin()))
                .build();
    }

    private static CouponStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CouponStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw invalidQuery("status", "must be one of " + Arrays.toString(CouponStatus.values()));
        }
    }

    private static Instant parseTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(SEOUL).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidQuery(name, "must be a date (2026-11-22) or an instant (2026-11-22T00:00:00Z)");
        }
    }

    private static DomainException invalidQuery(String field, String message) {
        return new DomainException(
                io.gifticon.web.ErrorCode.VALIDATION_FAILED,
                field + " " + message,
                Map.of("errors", List.of(new Problem.FieldError(field, message))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean mayReadPins(String scopes) {
        return scopes != null && Arrays.asList(scopes.split("[ ,]+")).contains("coupons:read");
    }

    private static UUID parseId(String couponId) {
        try {
            return UUID.fromString(couponId);
        } catch (IllegalArgumentException e) {
            throw new DomainException(io.gifticon.web.ErrorCode.COUPON_NOT_FOUND, "No coupon " + couponId);
        }
    }
}
