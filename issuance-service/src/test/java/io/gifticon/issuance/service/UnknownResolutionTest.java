package io.gifticon.issuance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderFailures.Classified;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownResolutionTest {

    @ParameterizedTest(name = "{0} (outcome unknown: {1}) -> {2}")
    @CsvSource({
            "ALREADY_CANCELLED, false, CANCELLED",
            "NOT_FOUND, false, NEVER_ISSUED",
            "ALREADY_REDEEMED, false, REDEEMED",
            "NOT_CANCELLABLE, false, RETRY",
            "PROVIDER_UNAVAILABLE, true, RETRY",
            "TIMEOUT, true, RETRY",
            // a refusal we cannot read could come from a cancel that went through: never conclude from it
            "NOT_FOUND, true, RETRY",
            "AUTHENTICATION, false, RETRY",
    })
    void shouldSettleOnlyOnAnswersThatSayWhatHappened(ErrorCode code, boolean outcomeUnknown,
            UnknownResolution expected) {
        var failure = new Classified(new ProviderError(code, "giftishow", "X", "m"), outcomeUnknown);

        assertThat(UnknownResolution.ofCancelFailure(failure)).isEqualTo(expected);
    }
}
