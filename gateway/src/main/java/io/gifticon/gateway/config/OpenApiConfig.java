package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The merged public OpenAPI document ({@code /api/v1/openapi.json}): where its parts come from, how long kept. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is served before it is built again (concurrent misses share one build). */
    @WithDefault("30s")
    Duration cacheTtl();

    /** Base URL of catalog-service's {@code /q/openapi} (management interface); default gateway.services.catalog. */
    Optional<URI> catalog();

    /** Base URL of issuance-service's {@code /q/openapi}; default: gateway.services.issuance. */
    Optional<URI> issuance();

    /** Base URL of settlement-service's {@code /q/openapi}; default: gateway.services.settlement. */
    Optional<URI> settlement();
}
