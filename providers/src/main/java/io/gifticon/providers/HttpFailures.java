package io.gifticon.providers;

import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Transport failures of a provider call (HTTP error status, refused connection, lost connection) as our errors. */
public final class HttpFailures {
    private static final Logger LOG = Logger.getLogger(HttpFailures.class);
    /** Longest excerpt of an unreadable reply written to the DEBUG log (digits masked). */
    static final int EXCERPT = 200;

    private HttpFailures() {}

    /**
     * A failure that is not already one of ours. Refused connections, connect timeouts, unknown hosts and HTTP
     * 5xx are {@link ProviderOutageException} (the breakers count them; a 5xx may have been processed); any other
     * transport failure (read timeout, reset after the request was written) is a lost reply: a
     * {@link ProviderUnavailableException} that may have reached the provider, not an outage. HTTP 4xx (the
     * caller found no documented code in the body) is a {@link ProviderException} marked undocumented.
     */
    public static ProviderException toProviderFailure(String provider, Throwable failure) {
        if (failure instanceof ProviderException e) {
            return e;
        }
        if (failure instanceof WebApplicationException wae) {
            return forStatus(provider, wae.getResponse().getStatus(), wae);
        }
        if (neverSent(failure)) {
            return new ProviderOutageException(
                    new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, provider, null, "connection refused"),
                    false,
                    failure);
        }
        return new ProviderUnavailableException(
                new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, provider, null, "connection lost before the reply"),
                true,
                failure);
    }

    /** An HTTP error status without a documented code in its body. */
    public static ProviderException forStatus(String provider, int status, Throwable cause) {
        if (status >= 500) {
            return new ProviderOutageException(
                    new ProviderError(
                            ErrorCode.PROVIDER_UNAVAILABLE, provider, String.valueOf(status), "HTTP " + status),
                    true,
                    cause);
        }
        ErrorCode code = switch (status) {
            case 401, 403 -> ErrorCode.AUTHENTICATION;
            case 404 -> ErrorCode.NOT_FOUND;
            case 429 -> ErrorCode.LIMIT_EXCEEDED;
            default -> ErrorCode.PROVIDER_ERROR;
        };
        return new ProviderException(
                new ProviderError(code, provider, String.valueOf(status), "HTTP " + status), cause, true);
    }

    /** True when the request cannot have left: no connection was ever made (refused, timed out, no such host). */
    public static boolean neverSent(Throwable failure) {
        // io.netty.channel.ConnectTimeoutException and Netty's AnnotatedConnectException extend ConnectException
        return causedBy(failure, ConnectException.class)
                || causedBy(failure, UnknownHostException.class)
                || causedBy(failure, NoRouteToHostException.class);
    }

    /**
     * A reply that is not what the protocol says: the call may have been processed, so the outcome is unknown. It
     * is not an outage (the provider answered). The reply's text never leaves this method except as a DEBUG log
     * line with its digits masked: it may carry a PIN.
     */
    public static ProviderUnavailableException unreadable(String provider, String body, Throwable cause) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf(
                    "%s: unreadable reply (%d chars): %s", provider, body == null ? 0 : body.length(), excerpt(body));
        }
        return new ProviderUnavailableException(
                new ProviderError(ErrorCode.PROVIDER_ERROR, provider, null, "unreadable reply"), true, cause);
    }

    /** At most {@value #EXCERPT} characters of {@code text} with every digit replaced by {@code *}. */
    public static String excerpt(String text) {
        if (text == null) {
            return "(empty)";
        }
        String shown = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        StringBuilder masked = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                masked.append('*');
            } else {
                masked.appendCodePoint(c);
            }
        });
        return masked.toString();
    }

    /** {@link ProviderException} with {@code INVALID_REQUEST} listing every problem, thrown before any call. */
    public static ProviderException invalid(String provider, List<String> problems) {
        return new ProviderValidationException(
                provider,
                problems.stream()
                        .map(p -> new ProviderValidationException.FieldProblem(fieldOf(p), p))
                        .toList());
    }

    /** {@link ProviderValidationException} naming each field, thrown before any call. */
    public static ProviderValidationException invalidFields(
            String provider, List<ProviderValidationException.FieldProblem> problems) {
        return new ProviderValidationException(provider, problems);
    }

    /**
     * Problems written as {@code "<provider field> <rule>"}, each named by the caller's field for it ({@code names}:
     * provider field to caller field; a field missing there keeps the provider's name). The text stays as written.
     */
    public static List<ProviderValidationException.FieldProblem> renamed(
            List<String> problems, Map<String, String> names) {
        return problems.stream()
                .map(p -> new ProviderValidationException.FieldProblem(names.getOrDefault(fieldOf(p), fieldOf(p)), p))
                .toList();
    }

    private static String fieldOf(String problem) {
        int space = problem.indexOf(' ');
        return space > 0 ? problem.substring(0, space) : problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
