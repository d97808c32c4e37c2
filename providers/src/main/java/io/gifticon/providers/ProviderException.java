package io.gifticon.providers;

/** A provider call ended with a known failure; the provider's answer is in {@link #error()}. */
public class ProviderException extends RuntimeException {
    private final ProviderError error;

    public ProviderException(ProviderError error) {
        this(error, null);
    }

    public ProviderException(ProviderError error, Throwable cause) {
        super(error.provider() + " " + error.code()
                + (error.providerCode() == null ? "" : " [" + error.providerCode() + "]")
                + (error.providerMessage() == null ? "" : ": " + error.providerMessage()), cause);
        this.error = error;
    }

    public ProviderError error() {
        return error;
    }
}
