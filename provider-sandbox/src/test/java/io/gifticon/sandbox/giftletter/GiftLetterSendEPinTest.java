package io.gifticon.sandbox.giftletter;

import static io.gifticon.sandbox.support.GiftLetterCalls.DISCONTINUED;
import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.sendEPin;
import static io.gifticon.sandbox.support.GiftLetterCalls.sendQuery;
import static io.gifticon.sandbox.support.GiftLetterCalls.with;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftLetterSendEPinTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldIssuePinWithOrderIdAndEchoReservedWhenEncIsCorrect() {
        sendEPin(sendQuery(GS25_10000, "co-send-1"))
                .body("rstCode", equalTo("0"))
                .body("rstMsg", emptyString())
                .body("epin", matchesPattern("\\d{12}"))
                .body("order_id", matchesPattern("GL\\d{12}"))
                .body("reserved", equalTo("r-co-send-1"));
    }

    @Test
    void shouldRefuseWrongEncWithA001() {
        sendEPin(with(sendQuery(GS25_10000, "co-send-2"), "enc", "0123456789abcdef0123456789abcdef"))
                .body("rstCode", equalTo("A001"))
                .body("rstMsg", equalTo("가맹점 인증 오류"))
                .body("epin", emptyString())
                .body("order_id", emptyString());
    }

    @Test
    void shouldRefuseUppercaseEncWithA001() {
        var query = sendQuery(GS25_10000, "co-send-3");
        sendEPin(with(query, "enc", query.get("enc").toUpperCase())).body("rstCode", equalTo("A001"));
    }

    @Test
    void shouldRefuseDuplicateCoTidWithP101() {
        sendEPin(sendQuery(GS25_10000, "co-dup-1")).body("rstCode", equalTo("0"));

        sendEPin(sendQuery(GS25_10000, "co-dup-1")).body("rstCode", equalTo("P101"));
    }

    @Test
    void shouldRefuseTitleOf41CharactersWithP001() {
        sendEPin(with(sendQuery(GS25_10000, "co-title-1"), "title", "가".repeat(41)))
                .body("rstCode", equalTo("P001"));
        sendEPin(with(sendQuery(GS25_10000, "co-title-2"), "title", "가".repeat(40)))
                .body("rstCode", equalTo("0"));
    }

    @Test
    void shouldRefuseMobileNumberWithDashesWithP002() {
        sendEPin(with(sendQuery(GS25_10000, "co-mdn-1"), "mdn", "010-1234-5678"))
                .body("rstCode", equalTo("P002"));
    }

    @Test
    void shouldRefuseUnknownOrDiscontinuedGoodsWithA101() {
        sendEPin(sendQuery("0000009999", "co-goods-1")).body("rstCode", equalTo("A101"));
        sendEPin(sendQuery(DISCONTINUED, "co-goods-2")).body("rstCode", equalTo("A101"));
    }

    @Test
    void shouldRefuseCountOtherThanOneWithP003() {
        sendEPin(with(sendQuery(GS25_10000, "co-count-1"), "count", "2")).body("rstCode", equalTo("P003"));
    }
}
