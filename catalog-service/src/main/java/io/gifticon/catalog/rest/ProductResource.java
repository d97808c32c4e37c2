package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.ProductRepository;
import io.gifticon.catalog.repository.ProductSearch;
import io.gifticon.catalog.repository.ProductSearchRepository;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Read access to the merged catalog: search with filters, sort and paging; one product. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final ProductRepository products;
    private final ProductSearchRepository search;

    public ProductResource(ProductRepository products, ProductSearchRepository search) {
        this.products = products;
        this.search = search;
    }

    @GET
    public Uni<ProductPage> list(@Valid @BeanParam ProductQuery query) {
        ProductSearch criteria = query.criteria();
        return search.search(criteria)
                .map(r -> new ProductPage(
                        r.items().stream().map(ProductView::of).toList(),
                        criteria.page(),
                        criteria.size(),
                        r.total(),
                        r.exact() ? "eq" : "gte"));
    }

    @GET
    @Path("/{productId}")
    public Uni<ProductView> get(@PathParam("productId") String productId) {
        if (productId.length() > 80) {
            // product.id is varchar(80): no such product, and no query for it
            return Uni.createFrom().failure(notFound(productId.substring(0, 80) + "…"));
        }
        return products.findById(productId)
                .onItem()
                .ifNull()
                .failWith(() -> notFound(productId))
                .map(ProductView::of);
    }

    private static DomainException notFound(String productId) {
        return new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "No product " + productId + " in the catalog");
    }
}
