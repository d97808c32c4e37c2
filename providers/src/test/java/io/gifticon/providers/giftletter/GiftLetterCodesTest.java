package io.gifticon.providers.giftletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.giftletter.GiftLetterCodes.StatusCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** giftletter-b2c.txt §11 and the STATUS letters of §7–§9, listed here from the document. */
class GiftLetterCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P001 | INVALID_REQUEST
            P002 | INVALID_REQUEST
            P003 | INVALID_REQUEST
            P101 | DUPLICATE_TRANSACTION
            P102 | NOT_FOUND
            P201 | UNSUPPORTED
            P301 | QUOTA_EXHAUSTED
            A001 | AUTHENTICATION
            A101 | PRODUCT_UNAVAILABLE
            E101 | PROVIDER_ERROR
            E102 | PROVIDER_ERROR
            E103 | PROVIDER_ERROR
            E201 | ALREADY_REDEEMED
            E301 | PROVIDER_ERROR
            E302 | PROVIDER_ERROR
            E304 | ALREADY_CANCELLED
            E305 | NOT_FOUND
            E311 | PROVIDER_ERROR
            E312 | PROVIDER_ERROR
            E401 | PROVIDER_UNAVAILABLE
            S001 | PROVIDER_UNAVAILABLE
            S002 | IP_NOT_ALLOWED
            """)
    void shouldMapEveryDocumentedCode(String code, ErrorCode expected) {
        assertThat(GiftLetterCodes.table()).containsEntry(code, expected);
        assertThat(GiftLetterCodes.toError(code, "m").code()).isEqualTo(expected);
    }

    @Test
    void shouldMapExactlyTheDocumentedCodes() {
        assertThat(GiftLetterCodes.table()).hasSize(22);
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            E102:P002   | E102 | PROVIDER_ERROR
            E103 : P002 | E103 | PROVIDER_ERROR
            E304:P102   | E304 | ALREADY_CANCELLED
            ' P102 '    | P102 | NOT_FOUND
            """)
    void shouldLetTheFirstOfTwoCodesCount(String rstCode, String primary, ErrorCode expected) {
        assertThat(GiftLetterCodes.primaryCode(rstCode)).isEqualTo(primary);
        assertThat(GiftLetterCodes.toError(rstCode, "m").code()).isEqualTo(expected);
        assertThat(GiftLetterCodes.toError(rstCode, "m").providerCode()).isEqualTo(rstCode);
    }

    @ParameterizedTest(name = "{0} STATUS {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GOODS_LIST  | E | PROVIDER_UNAVAILABLE
            GOODS_LIST  | I | IP_NOT_ALLOWED
            GOODS_LIST  | C | AUTHENTICATION
            GOODS_INFO  | E | PRODUCT_UNAVAILABLE
            GOODS_INFO  | I | IP_NOT_ALLOWED
            GOODS_INFO  | C | AUTHENTICATION
            BRAND_IMAGE | E | NOT_FOUND
            BRAND_IMAGE | I | IP_NOT_ALLOWED
            """)
    void shouldMapEveryFailingStatusLetter(StatusCall call, String status, ErrorCode expected) {
        assertThat(GiftLetterCodes.statusTable(call)).containsEntry(status, expected);
        assertThat(GiftLetterCodes.statusError(call, status).code()).isEqualTo(expected);
    }

    @Test
    void shouldNotTreatYOrNAsFailures() {
        for (StatusCall call : StatusCall.values()) {
            assertThat(GiftLetterCodes.statusTable(call)).doesNotContainKeys("Y", "N");
        }
        assertThat(GiftLetterCodes.statusTable(StatusCall.BRAND_IMAGE)).hasSize(2);
    }
}
