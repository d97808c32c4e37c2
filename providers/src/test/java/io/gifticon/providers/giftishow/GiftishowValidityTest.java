package io.gifticon.providers.giftishow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class GiftishowValidityTest {

    @Test
    void shouldReadTheValidityEndOfACouponAsTheProvidersLocalTime() {
        // giftishow-biz-api.txt §5.5 (0201): validPrdEndDt, yyyyMMddHHmmss
        assertThat(GiftishowAdapter.validUntil("20261120235959")).isEqualTo(LocalDateTime.parse("2026-11-20T23:59:59"));
    }

    @Test
    void shouldHaveNoValidityEndWhenItIsMissingOrUnreadable() {
        assertThat(GiftishowAdapter.validUntil(null)).isNull();
        assertThat(GiftishowAdapter.validUntil(" ")).isNull();
        assertThat(GiftishowAdapter.validUntil("2026-11-20")).isNull();
    }
}
