package io.gifticon.catalog.rest;

import io.gifticon.web.http.BodyLimits;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large the catalog's request bodies may be ({@link BodyLimits} checks them): {@code catalog.http.max-body-bytes}
 * on every route; the catalog's only body is a sync request of a few bytes.
 */
@ApplicationScoped
public class RequestLimits implements BodyLimits.Policy {
    private final int maxBodyBytes;

    public RequestLimits(
            @ConfigProperty(name = "catalog.http.max-body-bytes", defaultValue = "4096") int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public long maxBodyBytes(HttpMethod method, String path) {
        return maxBodyBytes;
    }
}
