package io.gifticon.gateway.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document of the public API (no key needed). */
@Path("/api/v1/openapi.json")
@Tag(name = "Documentation")
public class ApiDocsResource {
    private final MergedOpenApi openApi;

    public ApiDocsResource(MergedOpenApi openApi) {
        this.openApi = openApi;
    }

    /** Cached for a short time (gateway.openapi.cache-ttl) and limited per client address like every keyless route. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> openApi() {
        return openApi.document();
    }
}
