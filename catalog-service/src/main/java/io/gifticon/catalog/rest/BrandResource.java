package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.BrandRepository;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The brands of the merged catalog. */
@Path("/api/v1/brands")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {
    private final BrandRepository brands;

    public BrandResource(BrandRepository brands) {
        this.brands = brands;
    }

    @GET
    public Uni<List<BrandView>> list(@QueryParam("provider") @KnownProvider String provider) {
        return brands.of(provider).map(list -> list.stream().map(BrandView::of).toList());
    }
}
