package io.gifticon.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Signs this app's requests to a service (the gateway's forwarded requests, issuance's catalog calls). */
@ApplicationScoped
public class InternalAuthSigner {
    private final InternalAuthConfig config;
    private final Clock clock;
    private volatile InternalAuth auth;

    public InternalAuthSigner(InternalAuthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The {@link InternalAuth#HEADER} value for this request; fails when no secret is configured. */
    public String sign(String method, String target, String clientId, String clientScopes) {
        return auth().sign(config.caller(), clock.instant().getEpochSecond(), method, target, clientId, clientScopes);
    }

    private InternalAuth auth() {
        InternalAuth current = auth;
        if (current == null) {
            current = new InternalAuth(config.secret()
                    .orElseThrow(() -> new IllegalStateException(
                            "gifticon.internal-auth.secret (env GIFTICON_INTERNAL_AUTH_SECRET) is not set")));
            auth = current;
        }
        return current;
    }
}
