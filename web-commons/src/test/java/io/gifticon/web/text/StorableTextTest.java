package io.gifticon.web.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void shouldRefuseNul() {
        assertThat(StorableText.firstUnstorable("ab\u0000c")).isEqualTo(2);
        assertThat(StorableText.problem("\u0000")).contains("must not contain a NUL character (U+0000)");
    }

    @Test
    void shouldRefuseUnpairedSurrogatesOfEitherHalf() {
        assertThat(StorableText.isStorable("x\uD800")).isFalse();
        assertThat(StorableText.isStorable("\uD800x")).isFalse();
        assertThat(StorableText.isStorable("\uDC00")).isFalse();
        assertThat(StorableText.isStorable("\uDBFF\uDBFF\uDC00")).isFalse();
    }

    @Test
    void shouldAcceptKoreanEmojiAndNonCharacters() {
        assertThat(StorableText.isStorable("스타벅스 아메리카노 ☕ \uD83C\uDF81 \uFFFE\uFFFF 010-1234-5678"))
                .isTrue();
    }

    @Test
    void shouldDecodeValidEscapesAndPlus() {
        assertThat(StorableText.decodeStrictly("%EC%BB%A4%ED%94%BC+1", true)).isEqualTo("커피 1");
        assertThat(StorableText.decodeStrictly("a+b", false)).isEqualTo("a+b");
        assertThat(StorableText.decodeStrictly("%00", true)).isEqualTo("\u0000");
    }

    @Test
    void shouldRefuseBrokenEscapesAndNonUtf8() {
        assertThatThrownBy(() -> StorableText.decodeStrictly("%zz", true)).hasMessage("has an invalid percent-escape");
        assertThatThrownBy(() -> StorableText.decodeStrictly("%4", true)).hasMessage("has an invalid percent-escape");
        // a lone byte, an overlong NUL, an encoded surrogate (CESU-8), a truncated sequence
        for (String bytes : new String[] {"%FF", "%C0%80", "%ED%A0%80", "%EC%BB"}) {
            assertThatThrownBy(() -> StorableText.decodeStrictly(bytes, true))
                    .hasMessage("is not valid UTF-8 once percent-decoded");
        }
    }

    @Test
    void shouldTreatRawRequestLineCharactersAsBytes() {
        // Netty hands over the raw UTF-8 bytes of 가 as three ISO-8859-1 characters
        String raw = new String(
                "가".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(StorableText.decodeStrictly(raw + "%20", false)).isEqualTo("가 ");
    }
}
