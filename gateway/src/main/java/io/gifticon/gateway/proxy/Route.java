package io.gifticon.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import java.net.URI;

/**
 * A public path prefix, the service behind it, and the scopes reading and writing need.
 *
 * @param prefix     path prefix under {@code /api/v1}, e.g. {@code /api/v1/coupons}
 * @param service    base URL of the service
 * @param readScopes scopes any of which allows GET/HEAD
 * @param writeScope scope needed for everything else
 */
public record Route(String prefix, URI service, java.util.List<String> readScopes, String writeScope) {

    public boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
    }

    public boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
