package io.gifticon.sandbox.coufun;

import static io.gifticon.sandbox.support.CoufunCalls.GOODS_ID;
import static io.gifticon.sandbox.support.CoufunCalls.POC_ID;
import static io.gifticon.sandbox.support.CoufunCalls.cancel;
import static io.gifticon.sandbox.support.CoufunCalls.element;
import static io.gifticon.sandbox.support.CoufunCalls.register;
import static io.gifticon.sandbox.support.CoufunCalls.resultCode;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoufunCancelTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldCancelRegisteredCouponAndEchoBarcode() {
        register(GOODS_ID, "ABC1234567890");

        Response reply = cancel(POC_ID, GOODS_ID, "ABC1234567890");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(resultCode(reply)).isEqualTo("00");
        assertThat(element(reply, "BARCODE_NUM")).isEqualTo("ABC1234567890");
        given().get("/sandbox/coufun/coupons/ABC1234567890")
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));
    }

    @Test
    void shouldAnswerInEucKrBytesThatTheDeclaredCharsetDecodes() {
        register(GOODS_ID, "EUCKR0001");
        cancel(POC_ID, GOODS_ID, "EUCKR0001");

        Response reply = cancel(POC_ID, GOODS_ID, "EUCKR0001");
        byte[] body = reply.asByteArray();

        assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/xml; charset=EUC-KR");
        String prolog = new String(body, StandardCharsets.US_ASCII);
        Matcher declared = Pattern.compile("<\\?xml version=\"1.0\" encoding=\"([^\"]+)\"\\?>")
                .matcher(prolog);
        assertThat(declared.lookingAt()).isTrue();
        assertThat(declared.group(1)).isEqualTo("EUC-KR");
        String decoded = new String(body, Charset.forName(declared.group(1)));
        assertThat(decoded).contains("<RESULT_MSG>취소된 쿠폰</RESULT_MSG>");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("취소된 쿠폰");
        assertThat(element(reply, "RESULT_MSG")).isEqualTo("취소된 쿠폰");
    }

    @Test
    void shouldRefuseAlreadyCancelledCouponWith18() {
        register(GOODS_ID, "TWICE0001");
        cancel(POC_ID, GOODS_ID, "TWICE0001");

        Response reply = cancel(POC_ID, GOODS_ID, "TWICE0001");

        assertThat(resultCode(reply)).isEqualTo("18");
        assertThat(element(reply, "BARCODE_NUM")).isNull();
    }

    @Test
    void shouldRefuseUsedCouponWith17() {
        register(GOODS_ID, "USED0001");
        given().post("/sandbox/coufun/coupons/USED0001/use").then().statusCode(200);

        assertThat(resultCode(cancel(POC_ID, GOODS_ID, "USED0001"))).isEqualTo("17");
    }

    @Test
    void shouldRefuseUnknownBarcodeWith16() {
        assertThat(resultCode(cancel(POC_ID, GOODS_ID, "NEVER0001"))).isEqualTo("16");
    }

    @Test
    void shouldRefuseUnregisteredPocIdWith02() {
        register(GOODS_ID, "POC0001");

        assertThat(resultCode(cancel("OTHERPOC", GOODS_ID, "POC0001"))).isEqualTo("02");
    }

    @Test
    void shouldRefuseCancelForAnotherProductWith10() {
        register(GOODS_ID, "GOODS0001");

        assertThat(resultCode(cancel(POC_ID, "G000099999", "GOODS0001"))).isEqualTo("10");
    }

    @Test
    void shouldAcceptGetWithQueryString() {
        register(GOODS_ID, "GET0001");

        Response reply = given().queryParam("POC_ID", POC_ID)
                .queryParam("GOODS_ID", GOODS_ID)
                .queryParam("BARCODE_NUM", "GET0001")
                .get("/coufun/b2c_api/coufunPartCancel.do");

        assertThat(resultCode(reply)).isEqualTo("00");
    }
}
