package io.gifticon.sandbox.giftletter;

import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.OIL_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.exchangeLog;
import static io.gifticon.sandbox.support.GiftLetterCalls.issue;
import static io.gifticon.sandbox.support.GiftLetterCalls.use;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftLetterExchangeLogTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldListUsedPinInTheExchangeLogOfItsDay() {
        String orderId = issue(GS25_10000, "co-log-1");
        use(orderId, "강남점", "2026-11-21T10:15:00+09:00");
        String pin = given().get("/sandbox/giftletter/coupons/" + orderId)
                .then()
                .extract()
                .path("epin");

        assertThat(exchangeLog("2026-11-21")).isEqualTo(pin + "|20261121101500|강남점\n");
        assertThat(exchangeLog("2026-11-22")).isEmpty();
    }

    @Test
    void shouldDateTheLogLineBySeoulDay() {
        String orderId = issue(GS25_10000, "co-log-2");
        use(orderId, "부산대", "2026-11-20T23:30:00Z");

        assertThat(exchangeLog("2026-11-21")).endsWith("|20261121083000|부산대\n");
    }

    @Test
    void shouldWriteBareDateForBrandsThatReportDaysOnly() {
        String orderId = issue(OIL_10000, "co-log-3");
        use(orderId, "금정이마트", "2026-11-21T14:42:53+09:00");

        assertThat(exchangeLog("2026-11-21")).matches("\\d{12}\\|20261121\\|금정이마트\n");
    }

    @Test
    void shouldNotListUnusedOrCancelledPins() {
        issue(GS25_10000, "co-log-4");

        assertThat(exchangeLog(LocalDate.now(ZoneId.of("Asia/Seoul")).toString()))
                .isEmpty();
    }
}
