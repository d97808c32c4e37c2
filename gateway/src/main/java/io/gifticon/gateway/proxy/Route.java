package io.gifticon.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;

/**
 * A public path prefix, the service behind it, and the scopes reading and writing need.
 *
 * @param prefix     path prefix under {@code /api/v1}, e.g. {@code /api/v1/coupons}
 * @param service    base URL of the service; null when the gateway serves the prefix itself
 * @param readScopes scopes any of which allows GET/HEAD
 * @param writeScope scope needed for everything else
 */
public record Route(String prefix, URI service, List<String> readScopes, String writeScope) {

    /** A prefix served by the gateway's own endpoints after authentication. */
    public static Route local(String prefix, List<String> readScopes, String writeScope) {
        return new Route(prefix, null, readScopes, writeScope);
    }

    public boolean servedByGateway() {
        return service == null;
    }

    public boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
    }

    public boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
