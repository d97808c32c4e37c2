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
        // giftishow-biz-api.txt §6: past the 7-day window (COUPON.0006) the coupon was issued and stays so
        "NOT_CANCELLABLE, false, STAYS_ISSUED",
        "EXPIRED, false, STAYS_ISSUED",
        "PROVIDER_UNAVAILABLE, true, RETRY",
        "TIMEOUT, true, RETRY",
        // a refusal we cannot read could come from a cancel that went through: never conclude from it
        "NOT_FOUND, true, RETRY",
        "AUTHENTICATION, false, RETRY",
    })
    void shouldSettleOnlyOnAnswersThatSayWhatHappened(
            ErrorCode code, boolean outcomeUnknown, UnknownResolution expected) {
        var failure = new Classified(new ProviderError(code, "giftishow", "X", "m"), outcomeUnknown);

        assertThat(UnknownResolution.ofCancelFailure(failure, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "an outage ({0}) pauses the resolution")
    @CsvSource({"PROVIDER_UNAVAILABLE, false", "PROVIDER_UNAVAILABLE, true"})
    void shouldPauseOnAnOutageWhateverTheCode(ErrorCode code, boolean outcomeUnknown) {
        var failure = new Classified(new ProviderError(code, "giftishow", null, "m"), outcomeUnknown);

        assertThat(UnknownResolution.ofCancelFailure(failure, true)).isEqualTo(UnknownResolution.OUTAGE);
    }
}
