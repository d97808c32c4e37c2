package io.gifticon.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;

/**
 * Signs a REST client's calls to another service of the platform (register it on the client interface with
 * {@code @RegisterProvider(InternalAuthClientFilter.class)}). Such calls carry no client headers.
 */
@ApplicationScoped
public class InternalAuthClientFilter implements ClientRequestFilter {
    private final InternalAuthSigner signer;

    public InternalAuthClientFilter(InternalAuthSigner signer) {
        this.signer = signer;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().remove(InternalAuth.CLIENT_ID);
        request.getHeaders().remove(InternalAuth.CLIENT_SCOPES);
        request.getHeaders()
                .putSingle(InternalAuth.HEADER, signer.sign(request.getMethod(), target(request.getUri()), null, null));
    }

    /** The request target as it goes on the wire: raw path and raw query. */
    public static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
