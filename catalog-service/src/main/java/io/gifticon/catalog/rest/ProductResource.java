package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.ProductRepository;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Read access to the merged catalog. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final ProductRepository products;

    public ProductResource(ProductRepository products) {
        this.products = products;
    }

    @GET
    public Uni<ProductPage> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return products.page(page, size).chain(items -> products.count()
                .map(total -> new ProductPage(items.stream().map(ProductView::of).toList(), page, size, total)));
    }

    @GET
    @Path("/{productId}")
    public Uni<ProductView> get(@PathParam("productId") String productId) {
        return products.findById(productId)
                .onItem().ifNull().failWith(() -> new ProblemException(Problem.of(404, "PRODUCT_NOT_FOUND",
                        "Product not found", "No product " + productId + " in the catalog")))
                .map(ProductView::of);
    }
}
