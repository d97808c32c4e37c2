package io.gifticon.providers;

/**
 * The provider could not be reached or failed at the transport level (HTTP 5xx, refused connection): the kind of
 * failure that counts towards a circuit breaker. Business rejections ({@link ProviderException}) do not.
 *
 * <p>{@link #requestReachedProvider()} tells whether the provider may have processed the request (e.g. 5xx after
 * the body was sent), which matters for sends: a send that may have been processed is an unknown outcome.
 */
public class ProviderUnavailableException extends ProviderException {
    private final boolean requestReachedProvider;

    public ProviderUnavailableException(ProviderError error, boolean requestReachedProvider, Throwable cause) {
        super(error, cause);
        this.requestReachedProvider = requestReachedProvider;
    }

    public boolean requestReachedProvider() {
        return requestReachedProvider;
    }
}
