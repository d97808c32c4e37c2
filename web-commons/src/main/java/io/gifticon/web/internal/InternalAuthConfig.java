package io.gifticon.web.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Service-to-service trust: {@code gifticon.internal-auth.*}. */
@ConfigMapping(prefix = "gifticon.internal-auth")
public interface InternalAuthConfig {
    /**
     * Base64 of at least 32 random bytes, the same in the gateway and every service (env
     * {@code GIFTICON_INTERNAL_AUTH_SECRET}; a Kubernetes Secret). Needed to sign and to verify.
     */
    Optional<String> secret();

    /**
     * Whether this app refuses requests on its HTTP port that do not carry a valid {@link InternalAuth#HEADER}
     * (true in every service behind the gateway; the gateway itself and the sandbox do not check).
     */
    @WithDefault("false")
    boolean verify();

    /** The name this app signs its own calls with. */
    @WithDefault("${quarkus.application.name}")
    String caller();

    /** How far a proof's timestamp may be from this app's clock. */
    @WithDefault("60s")
    Duration maxSkew();
}
