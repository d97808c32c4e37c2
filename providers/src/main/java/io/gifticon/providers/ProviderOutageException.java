package io.gifticon.providers;

/**
 * Evidence that the provider is down, the only failure that counts for circuit breakers: a refused connection, a
 * connect timeout, an unknown host, HTTP 5xx, or a reply in which the provider itself reports a system failure
 * (Giftishow {@code E9999}/{@code ERR0005}, GiftLetter {@code S001}). A lost reply (read timeout or a reset after
 * the request was sent) is a {@link ProviderUnavailableException} but not an outage: one provider answering 90 %
 * of calls is up.
 */
public class ProviderOutageException extends ProviderUnavailableException {

    public ProviderOutageException(ProviderError error, boolean requestReachedProvider, Throwable cause) {
        super(error, requestReachedProvider, cause);
    }
}
