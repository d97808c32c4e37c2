package io.gifticon.providers.pbt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.Samples;
import org.junit.jupiter.api.Test;

/** Replies of pbt-pos-integration.txt, read from the document's samples (which lose their outer braces). */
class PbtReplyTest {

    @Test
    void shouldReadTheBasicReply() {
        PbtReply reply = PbtReply.parse(Samples.text("pbt/reply-basic.json"));

        assertThat(reply.success()).isTrue();
        assertThat(reply.error()).isEmpty();
        assertThat(reply.timestamp()).isEqualTo("1730962764");
        assertThat(reply.data().errorCode()).isEqualTo("200");
    }

    @Test
    void shouldReadThePointRedeemResult() {
        PbtReply reply = PbtReply.parse(Samples.text("pbt/reply-point-redeem.json"));

        assertThat(reply.success()).isTrue();
        assertThat(reply.data().supportMode()).isEqualTo(PbtSupportMode.POINT_REDEEM);
        assertThat(reply.data().transactionID()).isEqualTo("1c27375780c811ef9e03");
        assertThat(reply.data().pointRedeem()).isEqualTo(3500);
    }

    @Test
    void shouldReadTheCancelResult() {
        PbtReply reply = PbtReply.parse(Samples.text("pbt/reply-cancel.json"));

        assertThat(reply.success()).isTrue();
        assertThat(reply.data().pointRedeemCanceledNum()).isZero();
        assertThat(reply.data().pointEarnCanceledNum()).isEqualTo(500);
        assertThat(reply.data().couponCanceledID()).isNull();
        assertThat(reply.data().prepaidCanceledNum()).isEqualTo(8500);
    }

    @Test
    void shouldReadCouponAndPrepaidResults() {
        PbtReply coupon = PbtReply.parse("""
                {"status":"200","result":"OK","timestamp":"1728025307","data":{"errorCode":"200","errorMsg":"OK",
                 "errorMsgUser":"OK","supportMode":"COUPON","transactionID":"1c27375780c811ef9e03",
                 "couponDiscountPrice":"1500","couponItemCodes":["KD101111","KD2"]}}""");
        PbtReply prepaid = PbtReply.parse("""
                {"status":"200","result":"OK","timestamp":"1728025307","data":{"errorCode":200,
                 "supportMode":"PREPAID","transactionID":"1c27375780c811ef9e03","prepaidPayPrice":"15000"}}""");

        assertThat(coupon.data().couponDiscountPrice()).isEqualTo(1500);
        assertThat(coupon.data().couponItemCodes()).containsExactly("KD101111", "KD2");
        assertThat(prepaid.data().prepaidPayPrice()).isEqualTo(15000);
    }

    @Test
    void shouldMapTheErrorsATerminalMustHandle() {
        assertThat(errorOf("100050001")).isEqualTo(ErrorCode.USER_CANCELLED);
        assertThat(errorOf("100050002")).isEqualTo(ErrorCode.USER_TIMEOUT);
        assertThat(errorOf("100030001")).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(errorOf("300010003")).isEqualTo(ErrorCode.AUTHENTICATION);
    }

    @Test
    void shouldShowTheCashierMessage() {
        PbtReply reply = PbtReply.parse("""
                {"status":"400","result":"사용자 취소입니다","timestamp":"1728025307",
                 "data":{"errorCode":100050001,"errorMsg":"사용자 취소입니다",
                 "errorMsgUser":"요청이 사용자에 의해 취소되었습니다."}}""");

        assertThat(reply.success()).isFalse();
        assertThat(reply.messageForCashier()).isEqualTo("요청이 사용자에 의해 취소되었습니다.");
        assertThat(reply.error()).get().satisfies(e -> {
            assertThat(e.providerCode()).isEqualTo("100050001");
            assertThat(e.provider()).isEqualTo("pbt");
        });
    }

    @Test
    void shouldRoundTripAsJsonForTheSettlementService() throws Exception {
        PbtReply reply = PbtReply.parse(Samples.text("pbt/reply-cancel.json"));
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readValue(json.writeValueAsString(reply), PbtReply.class))
                .isEqualTo(reply);
    }

    private static ErrorCode errorOf(String code) {
        return PbtReply.parse("{\"status\":\"400\",\"result\":\"x\",\"timestamp\":\"1\",\"data\":{\"errorCode\":" + code
                        + "}}")
                .error()
                .orElseThrow()
                .code();
    }
}
