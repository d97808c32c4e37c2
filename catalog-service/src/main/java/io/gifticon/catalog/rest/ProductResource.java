package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.ProductRepository;
import io.gifticon.catalog.repository.ProductSearch;
import io.gifticon.catalog.repository.ProductSearchRepository;
import io.gifticon.providers.spi.ProviderCapabilities;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Read access to the merged catalog: search with filters, sort and paging; one product. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {
    static final Set<String> STATUSES = Set.of("ON_SALE", "SUSPENDED", "DISCONTINUED");
    static final Set<String> SORTS = Set.of("price", "-price", "name", "-name", "popularity", "-popularity");
    /** Deep pages cost an offset scan; nobody pages this far, a client that does narrows the search. */
    static final int MAX_PAGE = 10_000;

    private final ProductRepository products;
    private final ProductSearchRepository search;
    private final ProviderCapabilities capabilities;

    public ProductResource(
            ProductRepository products, ProductSearchRepository search, ProviderCapabilities capabilities) {
        this.products = products;
        this.search = search;
        this.capabilities = capabilities;
    }

    @GET
    public Uni<ProductPage> list(
            @QueryParam("q") String q,
            @QueryParam("brand") String brand,
            @QueryParam("category") String category,
            @QueryParam("provider") String provider,
            @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ProductSearch criteria = validate(
                capabilities.providers(), q, brand, category, provider, minPrice, maxPrice, status, sort, page, size);
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

    private static ProblemException notFound(String productId) {
        return new ProblemException(
                Problem.of(404, "PRODUCT_NOT_FOUND", "Product not found", "No product " + productId + " in the catalog")
                        .withRetryable(false));
    }

    static ProductSearch validate(
            Set<String> providers,
            String q,
            String brand,
            String category,
            String provider,
            String minPrice,
            String maxPrice,
            String status,
            String sort,
            String page,
            String size) {
        List<String> problems = new ArrayList<>();
        String query = blankToNull(q);
        if (query != null && query.length() > 100) {
            problems.add("q: at most 100 characters");
        }
        // the columns' own sizes (V1): a longer value cannot match, and is not worth a query
        if (brand != null && brand.length() > 100) {
            problems.add("brand: at most 100 characters (a brand id or name)");
        }
        if (category != null && category.length() > 200) {
            problems.add("category: at most 200 characters");
        }
        if (provider != null && !providers.contains(provider)) {
            problems.add("provider: one of " + providers);
        }
        if (status != null && !STATUSES.contains(status)) {
            problems.add("status: one of " + STATUSES);
        }
        if (sort != null && !SORTS.contains(sort)) {
            problems.add("sort: one of " + SORTS);
        }
        int pageNo = number("page", page, 0, 0, MAX_PAGE, problems);
        int pageSize = number("size", size, 20, 1, 100, problems);
        Long min = price("minPrice", minPrice, problems);
        Long max = price("maxPrice", maxPrice, problems);
        if (min != null && max != null && min > max) {
            problems.add("minPrice: must not be above maxPrice");
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    Problem.of(400, "VALIDATION_FAILED", "The request is not valid", String.join("; ", problems)));
        }
        return new ProductSearch(
                query, blankToNull(brand), blankToNull(category), provider, min, max, status, pageNo, pageSize, sort);
    }

    private static int number(String name, String value, int defaultValue, int min, int max, List<String> problems) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + ": a whole number from " + min + " to " + max);
        return defaultValue;
    }

    private static Long price(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v < 0) {
                problems.add(name + ": must be 0 or more");
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(name + ": must be a whole number of won");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
