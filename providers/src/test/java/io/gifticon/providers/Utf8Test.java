package io.gifticon.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte counts in UTF-8, as the providers' Varchar(n) limits are meant. */
class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "선물", "스타벅스 아메리카노 Tall", "é ü ß", "😀 emoji", "한글🎁mixed"})
    void shouldCountBytesLikeTheEncoder(String text) {
        assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"가", "힣"})
    void shouldCountAKoreanSyllableAsThreeBytes(String syllable) {
        assertThat(Utf8.length(syllable)).isEqualTo(3);
    }
}
