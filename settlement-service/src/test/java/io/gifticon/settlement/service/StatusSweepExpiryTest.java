package io.gifticon.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StatusSweepExpiryTest {
    private static final LocalDateTime SEEN = LocalDateTime.parse("2026-11-23T11:40:00");

    @Test
    void shouldTakeThePastValidityEndAsTheExpiryTime() {
        // giftishow-biz-api.txt §5.5: validPrdEndDt yyyyMMddHHmmss
        assertThat(StatusSweepService.expiry("20261120235959", SEEN)).isEqualTo("2026-11-20T23:59:59");
    }

    @Test
    void shouldFallBackToWhenTheSweepSawItForAMissingUnreadableOrFutureEnd() {
        assertThat(StatusSweepService.expiry(null, SEEN)).isEqualTo(SEEN);
        assertThat(StatusSweepService.expiry("2026-11-20", SEEN)).isEqualTo(SEEN);
        assertThat(StatusSweepService.expiry("20301231235959", SEEN)).isEqualTo(SEEN);
    }
}
