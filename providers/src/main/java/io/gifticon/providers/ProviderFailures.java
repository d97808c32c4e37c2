package io.gifticon.providers;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Turns whatever a provider call failed with into our taxonomy, and says whether the outcome is unknown. */
public final class ProviderFailures {

    private ProviderFailures() {}

    /**
     * @param error          the failure in our taxonomy
     * @param outcomeUnknown true when the provider may have processed the request although we got no readable
     *                       answer (timeout, connection lost after sending, 5xx, an unreadable, undocumented or
     *                       contradictory reply): for a send, the coupon may exist
     */
    public record Classified(ProviderError error, boolean outcomeUnknown) {}

    /**
     * The rule for every operation that changes something at the provider (send, cancel): only a documented
     * refusal read from the reply, or a failure before the request left (validation, refused connection, open
     * circuit, full bulkhead), is definite; everything else is an unknown outcome.
     */
    public static Classified classify(String provider, Throwable failure) {
        if (failure instanceof ProviderUnavailableException e) {
            return new Classified(e.error(), e.requestReachedProvider());
        }
        if (failure instanceof ProviderException e) {
            return new Classified(e.error(), e.undocumented());
        }
        if (failure instanceof TimeoutException) {
            return new Classified(new ProviderError(ErrorCode.TIMEOUT, provider, null, "no reply in time"), true);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new Classified(
                    new ProviderError(
                            ErrorCode.PROVIDER_UNAVAILABLE, provider, null, "circuit open after repeated failures"),
                    false);
        }
        if (failure instanceof BulkheadException) {
            return new Classified(
                    new ProviderError(ErrorCode.LIMIT_EXCEEDED, provider, null, "too many concurrent calls"), false);
        }
        // anything else happened somewhere after we started the call: we cannot tell whether it was processed
        return new Classified(
                new ProviderError(
                        ErrorCode.PROVIDER_ERROR,
                        provider,
                        null,
                        "call failed: " + failure.getClass().getSimpleName()),
                true);
    }

    /** True when the failure says the provider (or our way to it) is down right now: worth waiting before trying. */
    public static boolean isOutage(Throwable failure) {
        return failure instanceof ProviderOutageException || failure instanceof CircuitBreakerOpenException;
    }
}
