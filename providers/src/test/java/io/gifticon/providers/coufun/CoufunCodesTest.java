package io.gifticon.providers.coufun;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code of coufun-result-codes.md §2, listed here from the document. */
class CoufunCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01 | IP_NOT_ALLOWED
            02 | AUTHENTICATION
            03 | NOT_FOUND
            04 | EXPIRED
            05 | AUTHENTICATION
            08 | INVALID_REQUEST
            09 | LIMIT_EXCEEDED
            10 | PRODUCT_UNAVAILABLE
            11 | INVALID_REQUEST
            12 | DUPLICATE_TRANSACTION
            13 | INVALID_REQUEST
            14 | INVALID_REQUEST
            15 | INVALID_REQUEST
            16 | NOT_FOUND
            17 | ALREADY_REDEEMED
            18 | ALREADY_CANCELLED
            19 | INVALID_REQUEST
            20 | QUOTA_EXHAUSTED
            21 | INVALID_REQUEST
            22 | INVALID_REQUEST
            23 | DUPLICATE_TRANSACTION
            24 | INVALID_REQUEST
            25 | INVALID_REQUEST
            26 | INVALID_REQUEST
            27 | INVALID_REQUEST
            28 | INVALID_REQUEST
            29 | INVALID_REQUEST
            30 | PRODUCT_UNAVAILABLE
            31 | PRODUCT_UNAVAILABLE
            50 | PROVIDER_ERROR
            95 | QUOTA_EXHAUSTED
            98 | UNSUPPORTED
            99 | PROVIDER_UNAVAILABLE
            """)
    void shouldMapEveryDocumentedCode(String code, ErrorCode expected) {
        assertThat(CoufunCodes.table()).containsEntry(code, expected);
        assertThat(CoufunCodes.toError(code, "m").code()).isEqualTo(expected);
    }

    @Test
    void shouldMapExactlyTheDocumentedFailureCodes() {
        assertThat(CoufunCodes.table()).hasSize(33).doesNotContainKey("00");
    }
}
