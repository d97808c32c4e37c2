package io.gifticon.sandbox.fault;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Control API to switch faults on and off: {@code /sandbox/faults}; errors as problem+json like every control API. */
@Path("/sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    private final FaultRegistry registry;
    private final Instance<FaultTarget> targets;

    public FaultResource(FaultRegistry registry, Instance<FaultTarget> targets) {
        this.registry = registry;
        this.targets = targets;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull FaultSpec spec) {
        Optional<FaultTarget> target = targets.stream()
                .filter(t -> t.provider().equalsIgnoreCase(spec.provider()))
                .findFirst();
        if (target.isEmpty()) {
            return badRequest(
                    "provider",
                    "unknown provider '" + spec.provider() + "'; known: "
                            + targets.stream().map(FaultTarget::provider).toList());
        }
        if (!FaultSpec.ANY_OPERATION.equals(spec.operation())
                && !target.get().operations().contains(spec.operation())) {
            return badRequest(
                    "operation",
                    "unknown operation '" + spec.operation() + "' for "
                            + target.get().provider() + "; known: "
                            + target.get().operations().stream().sorted().toList() + " or *");
        }
        Fault fault = registry.add(spec);
        return Response.created(URI.create("/sandbox/faults/" + fault.id()))
                .entity(fault)
                .build();
    }

    @GET
    public List<Fault> list() {
        return registry.list();
    }

    @DELETE
    public Response clear() {
        registry.clear();
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        if (!registry.remove(id)) {
            throw new ProblemException(Problem.of(404, "NOT_FOUND", "Not Found", "no fault " + id));
        }
        return Response.noContent().build();
    }

    private static Response badRequest(String field, String message) {
        throw new ProblemException(Problem.of(400, "VALIDATION_FAILED", "The request is not valid", message)
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .withRetryable(false));
    }
}
