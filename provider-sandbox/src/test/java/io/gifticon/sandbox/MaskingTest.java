package io.gifticon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void shouldKeepOnlyPrefixAndLastFourDigitsOfPhoneNumber() {
        assertThat(Masking.phone("01012345678")).isEqualTo("010****5678");
    }

    @Test
    void shouldMaskShortValuesCompletely() {
        assertThat(Masking.phone("1234")).isEqualTo("****");
    }
}
