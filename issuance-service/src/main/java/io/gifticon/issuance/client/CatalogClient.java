package io.gifticon.issuance.client;

import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.web.internal.InternalAuthClientFilter;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Reads one product from catalog-service (a product this service has not seen on {@code catalog-events} yet).
 * A read, so timed out, retried and guarded by a breaker; an unknown product is an empty item, not a failure.
 */
@ApplicationScoped
public class CatalogClient {
    private final CatalogApi api;

    /** @param signer signs each call as the gateway does its own: catalog answers only signed requests */
    public CatalogClient(IssuanceConfig config, InternalAuthClientFilter signer) {
        var catalog = config.catalog();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(catalog.url()))
                .connectTimeout(catalog.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(catalog.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(signer)
                .build(CatalogApi.class);
    }

    /** The product, or null when the catalog does not know it (404). */
    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    // thresholds: application.properties (io.gifticon.issuance.client.CatalogClient/product/CircuitBreaker/*)
    @CircuitBreaker
    @CircuitBreakerName("catalog-product")
    public Uni<CatalogProduct> product(String productId) {
        return Uni.createFrom()
                .deferred(() -> api.product(productId))
                .onFailure(CatalogClient::isNotFound)
                .recoverWithNull();
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException e
                && e.getResponse() != null
                && e.getResponse().getStatus() == 404;
    }
}
