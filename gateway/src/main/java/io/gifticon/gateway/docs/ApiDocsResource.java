package io.gifticon.gateway.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document of the public API (no key needed). */
@Path("/api/v1/openapi.json")
@Tag(name = "Documentation")
public class ApiDocsResource {
    private final MergedOpenApi openApi;

    public ApiDocsResource(MergedOpenApi openApi) {
        this.openApi = openApi;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> openApi(@Context RoutingContext ctx) {
        SocketAddress local = ctx.request().localAddress();
        String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        String scheme = ctx.request().isSSL() ? "https" : "http";
        return openApi.document(URI.create(scheme + "://" + host + ":" + local.port()));
    }
}
