package io.gifticon.providers;

/**
 * A provider failure in our taxonomy, keeping what the provider itself said.
 *
 * @param code            our taxonomy code
 * @param provider        provider id, e.g. {@code giftishow}
 * @param providerCode    the provider's own result code (null when the failure never reached the provider)
 * @param providerMessage the provider's own message, or a description of the transport failure
 */
public record ProviderError(ErrorCode code, String provider, String providerCode, String providerMessage) {

    public boolean retryable() {
        return code.retryable();
    }
}
