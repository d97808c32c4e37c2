package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.BrandRepository;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
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
    private final ProviderCapabilities capabilities;

    public BrandResource(BrandRepository brands, ProviderCapabilities capabilities) {
        this.brands = brands;
        this.capabilities = capabilities;
    }

    @GET
    public Uni<List<BrandView>> list(@QueryParam("provider") String provider) {
        if (provider != null && !capabilities.providers().contains(provider)) {
            throw new ProblemException(Problem.of(
                    400,
                    "VALIDATION_FAILED",
                    "The request is not valid",
                    "provider: one of " + capabilities.providers()));
        }
        return brands.of(provider).map(list -> list.stream().map(BrandView::of).toList());
    }
}
