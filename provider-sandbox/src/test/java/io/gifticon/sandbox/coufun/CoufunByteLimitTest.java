package io.gifticon.sandbox.coufun;

import static io.gifticon.sandbox.support.CoufunCalls.POC_ID;
import static io.gifticon.sandbox.support.CoufunCalls.cancel;
import static io.gifticon.sandbox.support.CoufunCalls.register;
import static io.gifticon.sandbox.support.CoufunCalls.resultCode;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoufunByteLimitTest {

    /** 4 Hangul syllables (2 bytes each in EUC-KR, 3 in UTF-8) + 2 digits: 10 bytes of EUC-KR, 14 of UTF-8. */
    private static final String TEN_EUC_KR_BYTES = "상품코드12";

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldCountGoodsIdLimitInEucKrBytesNotUtf8() {
        register(TEN_EUC_KR_BYTES, "BYTES0001");

        assertThat(resultCode(cancel(POC_ID, TEN_EUC_KR_BYTES, "BYTES0001"))).isEqualTo("00");
    }

    @Test
    void shouldRefuseGoodsIdOfElevenEucKrBytesWith31() {
        assertThat(resultCode(cancel(POC_ID, TEN_EUC_KR_BYTES + "3", "BYTES0002")))
                .isEqualTo("31");
    }

    @Test
    void shouldRefuseBarcodeOver30BytesWith16() {
        assertThat(resultCode(cancel(POC_ID, "G000012345", "1".repeat(31)))).isEqualTo("16");
    }

    @Test
    void shouldRefuseRegistrationBeyondTheByteLimits() {
        given().contentType(ContentType.JSON)
                .body(Map.of("goodsId", TEN_EUC_KR_BYTES + "3", "barcode", "B1"))
                .post("/sandbox/coufun/coupons")
                .then()
                .statusCode(400);
    }
}
