package io.gifticon.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gifticon.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The POS popup reply as PosService reads it (plain JUnit). */
class PosReplyParsingTest {

    @Test
    void shouldReadTheDocumentsPointRedeemSampleWithItsSlips() {
        // pbt-pos-integration.txt sample: no outer braces, blank lines, errorCode as a number
        var t = PosService.parse("\"status\": \"200\",\n\"result\": \"OK\",\n\"timestamp\": \"1728025307\",\n\n"
                + "\"data\": {\n\"errorCode\": 200,\n\"errorMsg\": \"OK\",\n\"supportMode\": \"POINT_REDEEM\",\n"
                + "\"transactionID\": \"1c27375780c811ef9e03\",\n\"pointRedeem\": 3500\n}");

        assertThat(t.transactionId).isEqualTo("1c27375780c811ef9e03");
        assertThat(t.supportMode).isEqualTo("POINT_REDEEM");
        assertThat(t.pointsRedeemed).isEqualTo(3_500);
        assertThat(t.status).isEqualTo("RECORDED");
    }

    @Test
    void shouldRejectTooLongTransactionIdAndNegativeAmounts() {
        assertThatThrownBy(() -> PosService.parse("{\"status\":\"200\",\"data\":{\"errorCode\":200,"
                + "\"supportMode\":\"COUPON\",\"transactionID\":\"" + "x".repeat(37) + "\",\"couponDiscountPrice\":-1}}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("16-36").contains("negative");
                });
    }

    @Test
    void shouldAnswer422WhenThePopupReportedAFailure() {
        assertThatThrownBy(() -> PosService.parse("{\"status\":\"200\",\"data\":{\"errorCode\":\"100000001\","
                + "\"errorMsg\":\"bad\",\"supportMode\":\"COUPON\",\"transactionID\":\"1234567890123456\"}}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(422));
    }
}
