package io.gifticon.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StatusSweepExpiryTest {
    private static final LocalDateTime SEEN = LocalDateTime.parse("2026-11-23T11:40:00");

    @Test
    void shouldTakeThePastValidityEndAsTheExpiryTime() {
        assertThat(StatusSweepService.expiry(LocalDateTime.parse("2026-11-20T23:59:59"), SEEN))
                .isEqualTo("2026-11-20T23:59:59");
    }

    @Test
    void shouldFallBackToWhenTheSweepSawItForAMissingOrFutureEnd() {
        assertThat(StatusSweepService.expiry(null, SEEN)).isEqualTo(SEEN);
        assertThat(StatusSweepService.expiry(LocalDateTime.parse("2030-12-31T23:59:59"), SEEN))
                .isEqualTo(SEEN);
    }
}
