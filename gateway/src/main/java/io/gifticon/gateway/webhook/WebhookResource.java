package io.gifticon.gateway.webhook;

import io.gifticon.events.CouponEventType;
import io.gifticon.gateway.auth.ApiClient;
import io.gifticon.gateway.auth.CallingClient;
import io.gifticon.gateway.config.WebhookConfig;
import io.gifticon.gateway.outbound.OutboundTargets;
import io.gifticon.gateway.webhook.WebhookViews.CreateWebhookRequest;
import io.gifticon.gateway.webhook.WebhookViews.DeliveryView;
import io.gifticon.gateway.webhook.WebhookViews.WebhookView;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's webhooks and their delivery log (scope {@code webhooks:manage}, checked by the gateway's front
 * handler); a client sees and changes only its own webhooks.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Event delivery to the client's HTTPS endpoints, signed with HMAC-SHA256")
public class WebhookResource {
    private final WebhookRepository repository;
    private final WebhookConfig config;
    private final OutboundTargets targets;

    public WebhookResource(WebhookRepository repository, WebhookConfig config, OutboundTargets targets) {
        this.repository = repository;
        this.config = config;
        this.targets = targets;
    }

    /**
     * The URL is checked as a delivery would check it (syntax, public host, every address its name resolves to now);
     * each delivery checks it again, since a name's addresses can change.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull CreateWebhookRequest request, @Context RoutingContext ctx) {
        ApiClient client = CallingClient.of(ctx);
        String clientId = client.id();
        validate(request, client);
        return targets.resolve(request.url())
                .onFailure(OutboundTargets.Refused.class)
                .transform(e -> invalid("url", e.getMessage()))
                .chain(destination -> repository.count(clientId))
                .chain(count -> {
                    if (count >= config.maxPerClient()) {
                        throw new ProblemException(Problem.of(
                                ErrorCode.TOO_MANY_WEBHOOKS,
                                "A client may register at most " + config.maxPerClient() + " webhooks."));
                    }
                    return repository.create(
                            clientId,
                            request.url(),
                            request.eventTypes().stream().distinct().toList(),
                            request.secret());
                })
                .map(created -> Response.created(URI.create("/api/v1/webhooks/" + created.id()))
                        .entity(created)
                        .build());
    }

    @GET
    public Uni<List<WebhookView>> list(@Context RoutingContext ctx) {
        return repository.list(CallingClient.of(ctx).id());
    }

    @GET
    @Path("/{id}")
    public Uni<WebhookView> get(@PathParam("id") UUID id, @Context RoutingContext ctx) {
        return repository.find(CallingClient.of(ctx).id(), id).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id, @Context RoutingContext ctx) {
        return repository.delete(CallingClient.of(ctx).id(), id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    /** The newest deliveries of the webhook, each with its attempts. */
    @GET
    @Path("/{id}/deliveries")
    public Uni<List<DeliveryView>> deliveries(
            @PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("50") int limit, @Context RoutingContext ctx) {
        return repository.find(CallingClient.of(ctx).id(), id).chain(found -> {
            if (found.isEmpty()) {
                throw notFound(id);
            }
            return repository.deliveries(id, Math.max(1, Math.min(limit, 500)));
        });
    }

    /**
     * Sends the delivery again now (also one that was delivered or given up); limited per client
     * ({@code webhook-redeliveries}), and still one at a time per webhook.
     */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    public Uni<Response> redeliver(
            @PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId, @Context RoutingContext ctx) {
        return repository.redeliver(CallingClient.of(ctx).id(), id, deliveryId).map(done -> {
            if (!done) {
                throw new ProblemException(
                        Problem.of(ErrorCode.NOT_FOUND, "No delivery " + deliveryId + " of webhook " + id + "."));
            }
            return Response.accepted().build();
        });
    }

    private void validate(CreateWebhookRequest request, ApiClient client) {
        targets.syntaxProblem(request.url()).ifPresent(reason -> {
            throw invalid("url", reason);
        });
        for (String type : request.eventTypes()) {
            boolean catalog = CatalogEventsToWebhooks.TYPES.contains(type);
            if (CouponEventType.fromWireName(type).isEmpty() && !catalog) {
                throw invalid("eventTypes", "unknown event type " + type);
            }
            if (catalog && !client.may(CatalogEventsToWebhooks.SCOPE)) {
                throw new ProblemException(Problem.of(
                        ErrorCode.FORBIDDEN,
                        "Catalog events (" + type + ") need the scope " + CatalogEventsToWebhooks.SCOPE + "."));
            }
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ErrorCode.VALIDATION_FAILED, field + " " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(Problem.of(ErrorCode.NOT_FOUND, "No webhook " + id + "."));
    }
}
