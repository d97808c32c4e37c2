package io.gifticon.issuance.service;

import io.gifticon.issuance.client.CatalogClient;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.repository.ProductCacheRepository;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Whether a product may be issued, decided before anything is stored or sent: from the product cache (fed by
 * {@code catalog-events}), or on a miss from catalog-service, whose answer is cached. Only ON_SALE products are
 * issued; a suspended or discontinued one is refused (422), an unknown one too (422), and an unreachable catalog
 * with nothing cached is a retryable 503.
 */
@ApplicationScoped
public class ProductCatalog {
    static final String ON_SALE = "ON_SALE";
    private static final Logger LOG = Logger.getLogger(ProductCatalog.class);

    private final ProductCacheRepository cache;
    private final CatalogClient catalog;
    private final Clock clock;

    public ProductCatalog(ProductCacheRepository cache, CatalogClient catalog, Clock clock) {
        this.clock = clock;
        this.cache = cache;
        this.catalog = catalog;
    }

    /** The product, if it is on sale; otherwise fails with a {@link DomainException} (422 PRODUCT_UNKNOWN when the catalog does not know it). */
    public Uni<CatalogProduct> requireIssuable(String productId) {
        return cache.find(productId)
                .onItem()
                .ifNull()
                .switchTo(() -> fetch(productId))
                .map(product -> {
                    if (!ON_SALE.equals(product.status())) {
                        throw new DomainException(
                                ErrorCode.PRODUCT_UNAVAILABLE,
                                "Product " + productId + " is " + product.status() + " in the catalog",
                                Map.of("provider", product.provider()));
                    }
                    return product;
                });
    }

    private Uni<CatalogProduct> fetch(String productId) {
        var asOf = clock.instant();
        return catalog.product(productId)
                .onFailure()
                .transform(failure -> {
                    LOG.warnf("catalog-service did not answer for product %s: %s", productId, failure.toString());
                    return new DomainException(
                            ErrorCode.CATALOG_UNAVAILABLE,
                            "Product " + productId
                                    + " is not known here yet and catalog-service did not answer; "
                                    + "try again later");
                })
                .chain(product -> {
                    if (product == null) {
                        throw new DomainException(
                                ErrorCode.PRODUCT_UNKNOWN, "No product " + productId + " in the catalog");
                    }
                    // keyed by the id asked for: that is the id coupons and events carry
                    var known = new CatalogProduct(
                            productId,
                            productId.split(":", 2)[0],
                            product.name(),
                            product.brandName(),
                            product.consumerPrice(),
                            product.costPrice(),
                            product.status());
                    return cache.upsert(known, asOf).replaceWith(known);
                });
    }
}
