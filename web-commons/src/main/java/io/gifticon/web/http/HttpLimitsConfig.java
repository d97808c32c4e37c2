package io.gifticon.web.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits every app enforces on the request head, answered as problem+json (414 {@code URI_TOO_LONG}, 431
 * {@code HEADERS_TOO_LARGE}). Netty's own limits are raised to the hard ceilings below so that a request between the
 * two reaches this check instead of Netty's empty answer.
 */
@ConfigMapping(prefix = "gifticon.http.limits")
public interface HttpLimitsConfig {

    /** Longest request target (path and query) in characters. */
    @WithDefault("8192")
    int maxUriLength();

    /** Most header fields in one request. */
    @WithDefault("100")
    int maxHeaderCount();

    /** Most bytes of all header names and values together. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /**
     * Netty's request-line limit: above it Vert.x itself answers 414 with an empty body and closes the connection
     * (Vert.x 4 lets no application handle such requests), so it stays well above {@link #maxUriLength()}.
     */
    @WithDefault("65536")
    int hardMaxRequestLine();

    /** Netty's header-block limit (empty 431 above it); well above {@link #maxHeaderBytes()}. */
    @WithDefault("65536")
    int hardMaxHeaderBytes();
}
