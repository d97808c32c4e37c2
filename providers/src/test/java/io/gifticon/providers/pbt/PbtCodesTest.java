package io.gifticon.providers.pbt;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every 9-digit code of pbt-pos-integration.txt §2.3 (the garbled 8-digit rows 00010001–00010018 read as
 * 100010001–100010018), listed here from the document.
 */
class PbtCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100010001 | INVALID_REQUEST
            100010002 | INVALID_REQUEST
            100010003 | INVALID_REQUEST
            100010004 | INVALID_REQUEST
            100010005 | INVALID_REQUEST
            100010006 | INVALID_REQUEST
            100010007 | INVALID_REQUEST
            100010008 | INVALID_REQUEST
            100010009 | INVALID_REQUEST
            100010010 | INVALID_REQUEST
            100010011 | INVALID_REQUEST
            100010012 | INVALID_REQUEST
            100010013 | INVALID_REQUEST
            100010014 | INVALID_REQUEST
            100010015 | INVALID_REQUEST
            100010016 | INVALID_REQUEST
            100010017 | INVALID_REQUEST
            100010018 | INVALID_REQUEST
            100010019 | INVALID_REQUEST
            100010020 | INVALID_REQUEST
            100010021 | INVALID_REQUEST
            100010022 | INVALID_REQUEST
            100010023 | INVALID_REQUEST
            100010024 | INVALID_REQUEST
            100010025 | INVALID_REQUEST
            100010026 | INVALID_REQUEST
            100020001 | INVALID_REQUEST
            100020002 | INVALID_REQUEST
            100020003 | INVALID_REQUEST
            100020004 | INVALID_REQUEST
            100020005 | INVALID_REQUEST
            100030001 | TIMEOUT
            100040001 | UNSUPPORTED
            100040002 | UNSUPPORTED
            100040003 | UNSUPPORTED
            100050001 | USER_CANCELLED
            100050002 | USER_TIMEOUT
            200010001 | PROVIDER_ERROR
            200010002 | PROVIDER_ERROR
            200010003 | PROVIDER_ERROR
            200010004 | PROVIDER_ERROR
            200020001 | PROVIDER_ERROR
            300010001 | AUTHENTICATION
            300010002 | AUTHENTICATION
            300010003 | AUTHENTICATION
            300010004 | AUTHENTICATION
            300020001 | PROVIDER_UNAVAILABLE
            300020002 | PROVIDER_UNAVAILABLE
            300020003 | PROVIDER_UNAVAILABLE
            300020004 | PROVIDER_UNAVAILABLE
            300020005 | PROVIDER_UNAVAILABLE
            300020006 | PROVIDER_UNAVAILABLE
            300020007 | PROVIDER_UNAVAILABLE
            300020008 | PROVIDER_UNAVAILABLE
            300020009 | PROVIDER_UNAVAILABLE
            300020010 | PROVIDER_UNAVAILABLE
            300020011 | PROVIDER_UNAVAILABLE
            300020012 | PROVIDER_UNAVAILABLE
            300030001 | PROVIDER_UNAVAILABLE
            300030002 | PROVIDER_ERROR
            300030003 | PROVIDER_ERROR
            300030004 | PROVIDER_ERROR
            300030005 | PROVIDER_ERROR
            300030006 | PROVIDER_ERROR
            300030007 | PROVIDER_ERROR
            300030008 | PROVIDER_ERROR
            300030009 | PROVIDER_ERROR
            300030010 | PROVIDER_ERROR
            300030011 | PROVIDER_ERROR
            """)
    void shouldMapEveryDocumentedCode(String code, ErrorCode expected) {
        assertThat(PbtCodes.table()).containsKey(code);
        assertThat(PbtCodes.table().get(code).code()).isEqualTo(expected);
        assertThat(PbtCodes.table().get(code).message()).isNotBlank();
        assertThat(PbtCodes.table().get(code).cashierMessage()).isNotBlank();
        assertThat(PbtCodes.toError(code, null).code()).isEqualTo(expected);
    }

    @Test
    void shouldMapExactlyTheDocumentedCodes() {
        assertThat(PbtCodes.table()).hasSize(69).doesNotContainKey("200");
    }

    @Test
    void shouldKeepTheMessagesOfTheThreeCodesTheTerminalMustHandle() {
        assertThat(PbtCodes.table().get("100050001").message()).isEqualTo("사용자 취소입니다");
        assertThat(PbtCodes.table().get("100050002").message()).isEqualTo("사용자 입력 시간을 초과했습니다");
        assertThat(PbtCodes.table().get("100030001").cashierMessage()).isEqualTo("요청 시간이 초과되었습니다. 다시 시도해 주세요.");
    }

    @Test
    void shouldReadAGarbledEightDigitCodeAsItsNineDigitCode() {
        assertThat(PbtCodes.toError("00010003", null).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(PbtCodes.toError("00010003", null).providerMessage()).isEqualTo("올바르지 않은 transactionID입니다");
        assertThat(PbtCodes.toError("999999999", "?").code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
    }
}
