package io.gifticon.sandbox.fault;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a simulated provider call through the fault that applies to it, if any, without blocking the event loop. */
@ApplicationScoped
public class FaultInjector {

    /** Body of an injected HTTP error: the document's status table uses the same code/message pair. */
    public record HttpErrorBody(String code, String message) {}

    private final FaultRegistry registry;
    private final FaultConfig config;

    public FaultInjector(FaultRegistry registry, FaultConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /**
     * Answers one call. Without a fault: {@code call}'s reply. With one: an HTTP status or a provider error code
     * instead of the call, or the call's reply after a delay, or the call performed and its reply lost.
     *
     * @param providerError the provider's error reply for an error code
     */
    public Uni<Response> apply(
            String provider,
            String operation,
            HttpServerRequest request,
            Supplier<Response> call,
            Function<String, Response> providerError) {
        Optional<Fault> picked = registry.pick(provider, operation);
        if (picked.isEmpty()) {
            return Uni.createFrom().item(call);
        }
        Fault fault = picked.get();
        Log.infof("fault %s applied to %s/%s", fault.id(), provider, operation);
        Uni<Response> reply;
        if (fault.httpStatus() != null) {
            reply = Uni.createFrom().item(() -> httpError(fault.httpStatus()));
        } else if (fault.errorCode() != null) {
            reply = Uni.createFrom().item(() -> providerError.apply(fault.errorCode()));
        } else {
            reply = Uni.createFrom().item(call);
        }
        if (fault.latencyMs() > 0) {
            reply = reply.onItem().delayIt().by(Duration.ofMillis(fault.latencyMs()));
        }
        if (fault.dropReplyAfterProcessing()) {
            reply = reply.onItem().transformToUni(performed -> lostReply(request));
        }
        return reply;
    }

    /**
     * A reply that never comes: the request stays open until the client gives up; after {@code sandbox.fault.drop-hold}
     * the connection is closed unanswered (giftishow-biz-api.txt §8: the case the 15 s timeout rule exists for).
     */
    private Uni<Response> lostReply(HttpServerRequest request) {
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(config.dropHold())
                .invoke(() -> request.connection().close())
                .onItem()
                .transformToUni(closed -> Uni.createFrom().nothing());
    }

    private static Response httpError(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : "Sandbox fault";
        if (status == 204 || status == 304 || status < 200) {
            return Response.status(status).build();
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new HttpErrorBody(String.valueOf(status), reason))
                .build();
    }
}
