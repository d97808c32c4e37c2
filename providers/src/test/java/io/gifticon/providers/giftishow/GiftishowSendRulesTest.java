package io.gifticon.providers.giftishow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gifticon.providers.ProviderValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * giftishow-biz-api.txt §8: mms_title "10자를 넘으면 안됩니다" (characters: the document gives no Varchar here), tr_id
 * 25 characters (ERR0807: 25 bytes; ours is ASCII), phone_no / callback_no digits without '-'.
 */
class GiftishowSendRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    private static GiftishowSendRequest send(String title, String phone, String callback) {
        return new GiftishowSendRequest(
                "svc_20261122_00000001",
                "G00000280811",
                phone,
                callback,
                title,
                "메시지",
                GiftishowDelivery.MMS,
                null,
                null);
    }

    @Test
    void shouldAcceptATenSyllableTitleAndRefuseEleven() {
        assertThatCode(() -> send("가".repeat(10), "01012345678", "15880108").validate(NOW))
                .doesNotThrowAnyException();
        var refusal = catchThrowableOfType(
                ProviderValidationException.class,
                () -> send("가".repeat(11), "01012345678", "15880108").validate(NOW));
        assertThat(refusal.problems())
                .extracting(ProviderValidationException.FieldProblem::field)
                .containsExactly("mms_title");
    }

    @Test
    void shouldAcceptEveryKindOfSenderNumber() {
        for (String callback : new String[] {
            "15880108", "0212345678", "07012345678", "05051234567", "0800235000", "01012345678", "0311234567"
        }) {
            assertThatCode(() -> send("선물", "01012345678", callback).validate(NOW))
                    .as(callback)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void shouldRefuseALandlineRecipient() {
        var refusal = catchThrowableOfType(
                ProviderValidationException.class,
                () -> send("선물", "0212345678", "15880108").validate(NOW));
        assertThat(refusal.problems())
                .extracting(ProviderValidationException.FieldProblem::field)
                .containsExactly("phone_no");
    }
}
