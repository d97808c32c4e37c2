package io.gifticon.providers;

/** A provider call ended with a known failure; the provider's answer is in {@link #error()}. */
public class ProviderException extends RuntimeException {
    private final ProviderError error;
    private final boolean undocumented;

    public ProviderException(ProviderError error) {
        this(error, null);
    }

    public ProviderException(ProviderError error, Throwable cause) {
        this(error, cause, false);
    }

    /**
     * @param undocumented true when the provider answered something that is not a documented refusal: an HTTP 4xx
     *                     without a readable code, a code missing from the document's table, a contradictory reply
     *                     (HTTP 4xx whose body says success). Such an answer says nothing definite about what the
     *                     provider did, so {@link ProviderFailures#classify} treats it as an unknown outcome.
     */
    public ProviderException(ProviderError error, Throwable cause, boolean undocumented) {
        // the provider's own text (an error with a provider code) may carry anything, even a PIN: it never becomes
        // part of an exception message that logs, problems or events could copy; our own text (validation, a
        // transport failure: no provider code) is kept
        super(
                error.provider() + " " + error.code()
                        + (error.providerCode() == null
                                ? (error.providerMessage() == null ? "" : ": " + error.providerMessage())
                                : " [" + error.providerCode() + "]"),
                cause);
        this.error = error;
        this.undocumented = undocumented;
    }

    public ProviderError error() {
        return error;
    }

    /** True when the answer was not a documented refusal (see the constructor). */
    public boolean undocumented() {
        return undocumented;
    }
}
