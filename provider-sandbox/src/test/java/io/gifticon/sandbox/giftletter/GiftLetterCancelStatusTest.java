package io.gifticon.sandbox.giftletter;

import static io.gifticon.sandbox.support.GiftLetterCalls.GS25_10000;
import static io.gifticon.sandbox.support.GiftLetterCalls.cancel;
import static io.gifticon.sandbox.support.GiftLetterCalls.issue;
import static io.gifticon.sandbox.support.GiftLetterCalls.status;
import static io.gifticon.sandbox.support.GiftLetterCalls.use;
import static io.gifticon.sandbox.support.GiftishowCalls.resetSandbox;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GiftLetterCancelStatusTest {

    @BeforeEach
    void reset() {
        resetSandbox();
    }

    @Test
    void shouldShowUnusedPinAsN() {
        String orderId = issue(GS25_10000, "co-status-1");

        status(orderId).body("rstCode", equalTo("0")).body("use", equalTo("N")).body("use_date", emptyString());
    }

    @Test
    void shouldShowCancelledPinAsCAfterCancel() {
        String orderId = issue(GS25_10000, "co-cancel-1");

        cancel(orderId).body("rstCode", equalTo("0")).body("rstMsg", emptyString());

        status(orderId).body("rstCode", equalTo("0")).body("use", equalTo("C"));
    }

    @Test
    void shouldRefuseSecondCancelWithE304() {
        String orderId = issue(GS25_10000, "co-cancel-2");
        cancel(orderId);

        cancel(orderId).body("rstCode", equalTo("E304"));
    }

    @Test
    void shouldRefuseCancelOfUsedPinWithE201() {
        String orderId = issue(GS25_10000, "co-cancel-3");
        use(orderId, "강남점", "2026-11-21T10:15:00+09:00");

        cancel(orderId).body("rstCode", equalTo("E201"));
        status(orderId)
                .body("use", equalTo("Y"))
                .body("use_date", equalTo("20261121101500"))
                .body("branchname", equalTo("강남점"));
    }

    @Test
    void shouldAnswerUnknownOrderWithTheDocumentsTwoCodeForm() {
        cancel("GL000000999999").body("rstCode", equalTo("E102:P002"));
        status("GL000000999999").body("rstCode", equalTo("E103 : P002")).body("use", emptyString());
    }
}
