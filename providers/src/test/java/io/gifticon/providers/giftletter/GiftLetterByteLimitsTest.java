package io.gifticon.providers.giftletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderValidationException;
import org.junit.jupiter.api.Test;

/**
 * giftletter-b2c.txt §3.1: title Varchar(40), content Varchar(500), co_tid Varchar(30), reserved Varchar(20),
 * mdn / receive_tel Varchar(13) — bytes of UTF-8, the encoding of the query string (a Korean syllable is 3 bytes).
 */
class GiftLetterByteLimitsTest {
    private static final String SYLLABLE = "가";

    private static GiftLetterSendRequest with(String title, String content) {
        return new GiftLetterSendRequest("G00001", title, content, "01012345678", "15880108", "co-20261122-0001", null);
    }

    private static ProviderValidationException refusal(GiftLetterSendRequest request) {
        return catchThrowableOfType(ProviderValidationException.class, request::validate);
    }

    @Test
    void shouldAcceptAKoreanTitleOfThirteenSyllables() {
        // 13 × 3 = 39 bytes
        assertThatCode(() -> with(SYLLABLE.repeat(13), "내용").validate()).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptATitleOfExactlyFortyBytes() {
        // 13 syllables (39 bytes) + one ASCII letter = 40
        assertThatCode(() -> with(SYLLABLE.repeat(13) + "A", "내용").validate()).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAKoreanTitleOfFourteenSyllables() {
        // 42 bytes although only 14 characters
        var refusal = refusal(with(SYLLABLE.repeat(14), "내용"));

        assertThat(refusal.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("40 bytes");
        });
    }

    @Test
    void shouldRefuseATwentyOneSyllableTitle() {
        // issue 13: 21 characters passed a character check; 63 bytes do not fit Varchar(40)
        assertThat(refusal(with(SYLLABLE.repeat(21), "내용")).problems())
                .extracting(ProviderValidationException.FieldProblem::field)
                .containsExactly("title");
    }

    @Test
    void shouldAcceptContentOfFiveHundredBytesAndRefuseOneMore() {
        // 166 syllables = 498 bytes, + "ab" = 500
        assertThatCode(() -> with("제목", SYLLABLE.repeat(166) + "ab").validate()).doesNotThrowAnyException();
        assertThat(refusal(with("제목", SYLLABLE.repeat(166) + "abc")).problems())
                .extracting(ProviderValidationException.FieldProblem::field)
                .containsExactly("content");
    }

    @Test
    void shouldRefuseContentOfFiveHundredKoreanCharacters() {
        // 500 characters, 1,500 bytes
        assertThat(refusal(with("제목", SYLLABLE.repeat(500))).problems().get(0).message())
                .contains("500 bytes");
    }

    @Test
    void shouldRefuseALandlineRecipientAndAcceptARepresentativeSender() {
        var request = new GiftLetterSendRequest("G00001", "제목", "내용", "0212345678", "15880108", "co-1", null);

        assertThat(refusal(request).problems())
                .extracting(ProviderValidationException.FieldProblem::field)
                .containsExactly("mdn");
    }
}
