package io.gifticon.providers;

import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;

/** Transport failures of a provider call (HTTP error status, refused connection, lost connection) as our errors. */
public final class HttpFailures {

    private HttpFailures() {
    }

    /**
     * A failure that is not already one of ours: 5xx and lost connections are {@link ProviderUnavailableException}
     * (they count for breakers and may have reached the provider), 4xx a {@link ProviderException}.
     */
    public static ProviderException toProviderFailure(String provider, Throwable failure) {
        if (failure instanceof ProviderException e) {
            return e;
        }
        if (failure instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status >= 500) {
                return new ProviderUnavailableException(new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, provider,
                        String.valueOf(status), "HTTP " + status), true, failure);
            }
            ErrorCode code = switch (status) {
                case 401, 403 -> ErrorCode.AUTHENTICATION;
                case 404 -> ErrorCode.NOT_FOUND;
                case 429 -> ErrorCode.LIMIT_EXCEEDED;
                default -> ErrorCode.PROVIDER_ERROR;
            };
            return new ProviderException(new ProviderError(code, provider, String.valueOf(status), "HTTP " + status),
                    failure);
        }
        boolean refused = causedBy(failure, ConnectException.class);
        ProviderError error = new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, provider, null,
                refused ? "connection refused" : failure.getClass().getSimpleName() + ": " + failure.getMessage());
        // a refused connection never carried the request; anything else may have reached the provider
        return new ProviderUnavailableException(error, !refused, failure);
    }

    /** A reply that is not what the protocol says: the call may have been processed, so the outcome is unknown. */
    public static ProviderUnavailableException unreadable(String provider, String body, Throwable cause) {
        String shown = body == null ? "(empty)" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
        return new ProviderUnavailableException(new ProviderError(ErrorCode.PROVIDER_ERROR, provider, null,
                "unreadable reply: " + shown), true, cause);
    }

    /** {@link ProviderException} with {@code INVALID_REQUEST} listing every problem, thrown before any call. */
    public static ProviderException invalid(String provider, java.util.List<String> problems) {
        return new ProviderException(new ProviderError(ErrorCode.INVALID_REQUEST, provider, null,
                String.join("; ", problems)));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
