package io.gifticon.issuance.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** catalog-service's product read, as this service uses it. */
@Path("/api/v1/products")
interface CatalogApi {

    @GET
    @Path("/{productId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<CatalogProduct> product(@PathParam("productId") String productId);
}
