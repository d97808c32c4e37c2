package io.gifticon.providers.giftishow;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.ErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error code of giftishow-biz-api.txt 부록 1, copied from the document, maps to the expected taxonomy entry. */
class GiftishowCodesTest {

    // 부록 1, in the document's order; 200 and 0000 are its success codes
    private static final String[] DOCUMENT_CODES = {
        "204",
        "400",
        "401",
        "403",
        "405",
        "414",
        "500",
        "503",
        "E0002",
        "E0007",
        "E0008",
        "E0009",
        "E0010",
        "E0011",
        "E0012",
        "E0013",
        "E9999",
        "ERR0000",
        "ERR0005",
        "ERR0008",
        "ERR0100",
        "ERR0201",
        "ERR0208",
        "ERR0209",
        "ERR0212",
        "ERR0213",
        "ERR0217",
        "ERR0214",
        "ERR0215",
        "ERR0300",
        "ERR0301",
        "ERR0401",
        "ERR0800",
        "ERR0803",
        "ERR0804",
        "ERR0805",
        "ERR0806",
        "ERR0807",
        "ERR0808",
        "ERR0817",
        "ERR0999",
        "PAG0001",
        "PAG0002",
        "COUPON.0001",
        "COUPON.0002",
        "COUPON.0003",
        "COUPON.0004",
        "COUPON.0005",
        "COUPON.0006",
        "COUPON.0007",
        "COUPON.0008",
        "COUPON.0009",
        "COUPON.0010",
        "COUPON.0011",
        "COUPON.0012",
        "COUPON.0013",
        "COUPON.0014",
        "COUPON.0015"
    };

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            204         | NOT_FOUND
            400         | INVALID_REQUEST
            401         | AUTHENTICATION
            403         | AUTHENTICATION
            405         | INVALID_REQUEST
            414         | INVALID_REQUEST
            500         | PROVIDER_UNAVAILABLE
            503         | PROVIDER_UNAVAILABLE
            E0002       | INVALID_REQUEST
            E0007       | INVALID_REQUEST
            E0008       | AUTHENTICATION
            E0009       | AUTHENTICATION
            E0010       | INSUFFICIENT_BALANCE
            E0011       | AUTHENTICATION
            E0012       | AUTHENTICATION
            E0013       | INVALID_REQUEST
            E9999       | PROVIDER_UNAVAILABLE
            ERR0000     | PROVIDER_UNAVAILABLE
            ERR0005     | PROVIDER_UNAVAILABLE
            ERR0008     | PROVIDER_UNAVAILABLE
            ERR0100     | INVALID_REQUEST
            ERR0201     | INVALID_REQUEST
            ERR0208     | INVALID_REQUEST
            ERR0209     | INVALID_REQUEST
            ERR0212     | NOT_FOUND
            ERR0213     | NOT_FOUND
            ERR0217     | INVALID_REQUEST
            ERR0214     | INVALID_REQUEST
            ERR0215     | DUPLICATE_TRANSACTION
            ERR0300     | AUTHENTICATION
            ERR0301     | AUTHENTICATION
            ERR0401     | PRODUCT_UNAVAILABLE
            ERR0800     | PROVIDER_UNAVAILABLE
            ERR0803     | PROVIDER_UNAVAILABLE
            ERR0804     | PROVIDER_UNAVAILABLE
            ERR0805     | PROVIDER_UNAVAILABLE
            ERR0806     | INVALID_REQUEST
            ERR0807     | INVALID_REQUEST
            ERR0808     | ALREADY_CANCELLED
            ERR0817     | INVALID_REQUEST
            ERR0999     | PROVIDER_ERROR
            PAG0001     | INVALID_REQUEST
            PAG0002     | INVALID_REQUEST
            COUPON.0001 | INVALID_REQUEST
            COUPON.0002 | INVALID_REQUEST
            COUPON.0003 | INVALID_REQUEST
            COUPON.0004 | NOT_FOUND
            COUPON.0005 | INVALID_REQUEST
            COUPON.0006 | NOT_CANCELLABLE
            COUPON.0007 | ALREADY_REDEEMED
            COUPON.0008 | ALREADY_CANCELLED
            COUPON.0009 | PROVIDER_UNAVAILABLE
            COUPON.0010 | INVALID_REQUEST
            COUPON.0011 | PRODUCT_UNAVAILABLE
            COUPON.0012 | INVALID_REQUEST
            COUPON.0013 | INVALID_REQUEST
            COUPON.0014 | INVALID_REQUEST
            COUPON.0015 | DUPLICATE_TRANSACTION
            """)
    void shouldMapEveryDocumentedCode(String code, ErrorCode expected) {
        assertThat(GiftishowCodes.table()).containsEntry(code, expected);
        assertThat(GiftishowCodes.toError(code, "msg").code()).isEqualTo(expected);
        assertThat(GiftishowCodes.toError(code, "msg").providerCode()).isEqualTo(code);
    }

    @Test
    void shouldMapExactlyTheDocumentedCodes() {
        assertThat(GiftishowCodes.table().keySet()).containsExactlyInAnyOrder(DOCUMENT_CODES);
        assertThat(Arrays.asList(DOCUMENT_CODES)).doesNotContain("0000", "200");
    }

    @Test
    void shouldTreatAnUnknownCodeAsProviderError() {
        assertThat(GiftishowCodes.toError("ERR4242", "?").code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
    }
}
