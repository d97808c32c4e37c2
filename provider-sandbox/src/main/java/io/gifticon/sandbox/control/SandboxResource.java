package io.gifticon.sandbox.control;

import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Control API for the whole sandbox: {@code POST /sandbox/reset}. */
@Path("/sandbox")
public class SandboxResource {

    private final Instance<Resettable> state;

    public SandboxResource(Instance<Resettable> state) {
        this.state = state;
    }

    /** Puts coupons, balances, call counters and faults back to their start-up state. */
    @POST
    @Path("/reset")
    public Response reset() {
        state.forEach(Resettable::reset);
        Log.info("sandbox state reset");
        return Response.noContent().build();
    }
}
