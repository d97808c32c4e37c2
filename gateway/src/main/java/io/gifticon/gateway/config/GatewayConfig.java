package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the services are, who the API clients are, and how long a proxied call may take. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URLs of the services the gateway routes to. */
    Services services();

    /** API clients by name; a client is known by the SHA-256 of its key, never by the key itself. */
    Map<String, Client> clients();

    /** Proxy timeouts. */
    Proxy proxy();

    interface Services {
        /** catalog-service, e.g. http://catalog-service:8080. */
        URI catalog();

        /** issuance-service. */
        URI issuance();

        /** settlement-service. */
        URI settlement();
    }

    interface Client {
        /** Lowercase hex SHA-256 of the client's API key. */
        String keySha256();

        /** Scopes: catalog:read, coupons:write, coupons:read, settlement:read, admin. */
        List<String> scopes();
    }

    interface Proxy {
        /** Connect timeout towards a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * Time a service has to answer. Above the issuance service's own provider timeouts (Giftishow send: 15 s)
         * so that the gateway never cuts a send whose outcome the service would still have recorded.
         */
        @WithDefault("30s")
        Duration responseTimeout();

        /**
         * Pooled HTTP/1.1 connections per service (per gateway instance). Vert.x's default of 5 capped the gateway
         * at 5 requests in flight per service: about 40 coupons/s when a send takes 130 ms.
         */
        @WithDefault("200")
        int maxConnections();
    }
}
