package io.gifticon.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the gateway accepts at its public port before any authentication: bodies, and who the client is. */
@ConfigMapping(prefix = "gateway.edge")
public interface EdgeConfig {

    /**
     * Proxies whose {@code X-Forwarded-For} is believed (CIDRs, e.g. the Ingress controller's pod range). The client
     * address is the right-most {@code X-Forwarded-For} entry that is not such a proxy; with none configured the
     * connection's peer is the client and the header is ignored.
     */
    Optional<List<String>> trustedProxies();

    /** Header carrying the chain of client and proxy addresses, appended to by each trusted proxy. */
    @WithDefault("X-Forwarded-For")
    String forwardedForHeader();

    /** Body size limits; a larger body is refused with 413 before it is forwarded. */
    BodyLimits bodyLimits();

    interface BodyLimits {
        /** Routes without their own limit. */
        @WithDefault("64K")
        MemorySize defaultLimit();

        /**
         * Limits by path prefix (longest wins), e.g. {@code gateway.edge.body-limits.routes."/api/v1/coupons"=16K}.
         */
        Map<String, MemorySize> routes();
    }
}
