package io.gifticon.providers.spi;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.smallrye.mutiny.Uni;

/** The failure of an SPI operation a provider does not have. */
public final class Unsupported {

    private Unsupported() {}

    public static <T> Uni<T> operation(String provider, String what) {
        return Uni.createFrom().failure(error(provider, what));
    }

    /** The same failure, to throw from an operation that answers at once ({@link CouponIssuer#validate}). */
    public static ProviderException error(String provider, String what) {
        return new ProviderException(
                new ProviderError(ErrorCode.UNSUPPORTED, provider, null, provider + " does not support " + what));
    }
}
