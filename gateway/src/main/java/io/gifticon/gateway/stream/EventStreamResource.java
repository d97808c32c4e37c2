package io.gifticon.gateway.stream;

import io.gifticon.events.CouponEventType;
import io.gifticon.gateway.auth.CallingClient;
import io.gifticon.gateway.config.EventStreamConfig;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Server-sent events of the calling client's coupons, and the event contract document. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "Live coupon events (server-sent events) and the event contract")
public class EventStreamResource {
    private final EventBuffer buffer;
    private final EventStreamConfig config;

    public EventStreamResource(EventBuffer buffer, EventStreamConfig config) {
        this.buffer = buffer;
        this.config = config;
    }

    /**
     * {@code id:} event id, {@code event:} event type, {@code data:} the envelope JSON. Resume with
     * {@code Last-Event-ID}: events this instance still holds (the last hour, at most 10,000 by default) that came
     * after that id are sent first.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(
            @QueryParam("types") String types,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context RoutingContext ctx,
            @Context Sse sse) {
        String clientId = CallingClient.of(ctx).id();
        Set<String> wanted = types == null || types.isBlank()
                ? Set.of()
                : Arrays.stream(types.split(","))
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String type : wanted) {
            if (CouponEventType.fromWireName(type).isEmpty()) {
                throw new ProblemException(
                        Problem.of(ErrorCode.VALIDATION_FAILED, "types: unknown event type " + type));
            }
        }
        Multi<OutboundSseEvent> events = buffer.stream(clientId, wanted, lastEventId)
                .map(e -> sse.newEventBuilder()
                        .id(e.id())
                        .name(e.type())
                        .mediaType(MediaType.TEXT_PLAIN_TYPE)
                        .data(String.class, e.json())
                        .build());
        // the first tick comes at once: the client sees the stream is open before any event
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom()
                .ticks()
                .every(config.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    /** The AsyncAPI document of the platform's events (topics, keys, envelope and payload schemas). */
    @GET
    @Path("/asyncapi.yaml")
    @Produces("application/yaml")
    public Response asyncApi() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("asyncapi.yaml")) {
            if (in == null) {
                throw new ProblemException(Problem.of(ErrorCode.NOT_FOUND, "No event contract document."));
            }
            return Response.ok(in.readAllBytes(), "application/yaml").build();
        }
    }
}
