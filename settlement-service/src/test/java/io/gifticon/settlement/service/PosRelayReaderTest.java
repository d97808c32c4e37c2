package io.gifticon.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gifticon.providers.pbt.PbtSupportMode;
import io.gifticon.web.DomainException;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What the POS page may relay, read strictly and against the PBT popup protocol (plain JUnit). */
class PosRelayReaderTest {
    static final PosRelayReader.Limits LIMITS = new PosRelayReader.Limits(10_000_000, false);
    static final String ID = "1c27375780c811ef9e03";

    // ---- what is accepted ------------------------------------------------------------------------------------

    @Test
    void shouldReadThePointRedeemReplyOfTheDocument() {
        // pbt-pos-integration.txt §3.1.2 응답 값: "고객이 3500 포인트를 사용한 경우 … pointRedeem 의 값이 3500"
        PosRelay relay = PosRelayReader.read(
                "{\"status\": \"200\", \"result\": \"OK\", \"timestamp\": \"1728025307\","
                        + "\"data\": {\"errorCode\": 200, \"errorMsg\": \"OK\", \"errorMsgUser\": \"OK\","
                        + "\"supportMode\": \"POINT_REDEEM\", \"transactionID\": \"" + ID
                        + "\", \"pointRedeem\": 3500}}",
                LIMITS);

        assertThat(relay.transactionId()).isEqualTo(ID);
        assertThat(relay.mode()).isEqualTo(PbtSupportMode.POINT_REDEEM);
        assertThat(relay.pointsRedeemed()).isEqualTo(3_500);
        assertThat(relay.requestedAmount()).isNull();
    }

    @Test
    void shouldReadAmountsTypedStringAsTheCouponAndGiftCardTablesDo() {
        // §3.2.2 / §3.3.2 response tables: couponDiscountPrice, prepaidPayPrice "String"; §2.2: errorCode "Int",
        // the §3 tables "String"; timestamp a number in the §2.2 example
        PosRelay coupon = PosRelayReader.read(
                reply("COUPON", "\"couponDiscountPrice\":\"1500\"," + "\"couponItemCodes\":[\"KD101111\",\"KD101112\"]")
                        .replace("\"errorCode\":200", "\"errorCode\":\"200\"")
                        .replace("\"1728025307\"", "1728025307"),
                LIMITS);
        PosRelay prepaid = PosRelayReader.read(reply("PREPAID", "\"prepaidPayPrice\":\"8500\""), LIMITS);

        assertThat(coupon.couponDiscount()).isEqualTo(1_500);
        assertThat(coupon.couponItemCodes()).containsExactly("KD101111", "KD101112");
        assertThat(prepaid.prepaidAmount()).isEqualTo(8_500);
    }

    @Test
    void shouldReadThePointEarnedUnderEitherOfItsDocumentedNames() {
        // §3.1.3: the field table and example say pointEarn, the summary table pointEarnNum
        assertThat(PosRelayReader.read(reply("POINT_EARN", "\"pointEarn\":250"), LIMITS)
                        .pointsEarned())
                .isEqualTo(250);
        assertThat(PosRelayReader.read(reply("POINT_EARN", "\"pointEarnNum\":250"), LIMITS)
                        .pointsEarned())
                .isEqualTo(250);
    }

    @Test
    void shouldCrossCheckTheReplyAgainstTheRelayedRequest() {
        // §3.2.2 request example: 아메리카노 3000 × 3 = 9000 with 샷추가 500 × 2 = 1000: items' total 10000
        PosRelay relay = PosRelayReader.read(
                "{\"request\":" + couponRequest() + ",\"reply\":" + reply("COUPON", "\"couponDiscountPrice\":\"10000\"")
                        + "}",
                LIMITS);

        assertThat(relay.couponDiscount()).isEqualTo(10_000);
        assertThat(relay.requestedAmount()).isEqualTo(10_000);
    }

    // ---- what it rules out --------------------------------------------------------------------------------------

    @Test
    void shouldRefuseInLinearTimeTheBodyThatRanTheRepairRegexesForSeconds() {
        // issue 12 §4: `{"a":1,` + newlines took 4 s (20,000) to 30 s+ (80,000) in the lenient repair; strictly
        // read it is unreadable JSON, whatever its length
        String pathological = "{\"a\":1," + "\n".repeat(80_000);

        assertProblem(() -> PosRelayReader.read(pathological, LIMITS), 400, "MALFORMED_REQUEST");
    }

    @Test
    void shouldRefuseWhatOnlyTheProvidersLenientReaderWouldRepair() {
        // the document's own slips (no outer braces, trailing commas, unquoted names) are for provider replies only
        assertProblem(() -> PosRelayReader.read("\"status\": \"200\", \"data\": {}", LIMITS), 400, "MALFORMED_REQUEST");
        assertProblem(
                () -> PosRelayReader.read(reply("POINT_REDEEM", "\"pointRedeem\":1,"), LIMITS),
                400,
                "MALFORMED_REQUEST");
        assertProblem(() -> PosRelayReader.read("{status:\"200\"}", LIMITS), 400, "MALFORMED_REQUEST");
        assertProblem(
                () -> PosRelayReader.read(reply("POINT_REDEEM", "\"pointRedeem\":1") + "{}", LIMITS),
                400,
                "MALFORMED_REQUEST");
        assertProblem(() -> PosRelayReader.read("[".repeat(100) + "]".repeat(100), LIMITS), 400, "MALFORMED_REQUEST");
    }

    @Test
    void shouldRefuseADuplicatedAmountThatTwoReadersWouldReadDifferently() {
        assertProblem(
                () -> PosRelayReader.read(reply("POINT_REDEEM", "\"pointRedeem\":1,\"pointRedeem\":9000000"), LIMITS),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void shouldRefuseAmountsThatAreNotWholeNonNegativeWonWithinAnInt() {
        for (String amount : List.of(
                "-1",
                "1.5",
                "1e3",
                "\"-5\"",
                "\"1,000\"",
                "\"\"",
                "true",
                "[1]",
                "2147483648",
                "99999999999999999999",
                "\"12345678901\"",
                "null")) {
            assertProblem(
                    () -> PosRelayReader.read(reply("POINT_REDEEM", "\"pointRedeem\":" + amount), LIMITS),
                    400,
                    "VALIDATION_FAILED",
                    "data.pointRedeem");
        }
    }

    @Test
    void shouldRefuseAnAmountAboveTheConfiguredCeiling() {
        assertProblem(
                () -> PosRelayReader.read(reply("PREPAID", "\"prepaidPayPrice\":10000001"), LIMITS),
                400,
                "VALIDATION_FAILED",
                "data.prepaidPayPrice");
    }

    @Test
    void shouldRefuseTransactionIdsOutsideTheDocumentsLengthsOrWithPathCharacters() {
        // §3.1.2 transactionID "최소 16자 ~ 최대 36자"
        for (String id : List.of("short", "x".repeat(37), "abc/def/ghi/jklmnop", "abcdefghijklmnop qr", "")) {
            assertProblem(
                    () -> PosRelayReader.read(
                            reply("POINT_REDEEM", "\"pointRedeem\":1").replace(ID, id), LIMITS),
                    400,
                    "VALIDATION_FAILED",
                    "data.transactionID");
        }
    }

    @Test
    void shouldRefuseAnUnknownOrMissingSupportMode() {
        assertProblem(
                () -> PosRelayReader.read(reply("CASHBACK", "\"pointRedeem\":1"), LIMITS),
                400,
                "VALIDATION_FAILED",
                "data.supportMode");
    }

    @Test
    void shouldRefuseAReplyWithoutItsModesAmount() {
        assertProblem(
                () -> PosRelayReader.read(reply("COUPON", "\"couponItemCodes\":[]"), LIMITS),
                400,
                "VALIDATION_FAILED",
                "data.couponDiscountPrice");
    }

    @Test
    void shouldRefuseFieldsOfAnotherModeInTheReply() {
        // a POINT_REDEEM reply carries pointRedeem only (§3.1.2); a gift card amount in it is forged
        assertProblem(
                () -> PosRelayReader.read(
                        reply("POINT_REDEEM", "\"pointRedeem\":100,\"prepaidPayPrice\":50000"), LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "data.prepaidPayPrice");
    }

    @Test
    void shouldRefuseACancelReplyRelayedAsATransaction() {
        // §3.5.1 example reply: pointEarnCanceledNum 500, prepaidCanceledNum 8500
        assertProblem(
                () -> PosRelayReader.read(
                        reply("PREPAID", "\"prepaidPayPrice\":1,\"prepaidCanceledNum\":8500"), LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "data.prepaidCanceledNum");
    }

    @Test
    void shouldAnswer422WithoutRecordingWhenThePopupReportedAFailure() {
        // §2.3: 100050001 사용자 취소입니다
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"status\":\"400\",\"result\":\"사용자 취소입니다\",\"timestamp\":\"1\","
                                + "\"data\":{\"errorCode\":100050001,\"errorMsgUser\":\"요청이 사용자에 의해 취소되었습니다.\"}}",
                        LIMITS),
                422,
                "POS_FAILED");
        assertProblem(
                () -> PosRelayReader.read(
                        reply("POINT_REDEEM", "\"pointRedeem\":1")
                                .replace("\"errorCode\":200", "\"errorCode\":\"300030001\""),
                        LIMITS),
                422,
                "POS_FAILED");
    }

    @Test
    void shouldRefuseARedeemedAmountAboveThePayAmountRequested() {
        // §3.1.2: payAmount "포인트 사용 : 최대 사용 가능 금액"
        String request = amountRequest("POINT_REDEEM", 7_000);
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + request + ",\"reply\":" + reply("POINT_REDEEM", "\"pointRedeem\":7001") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.pointRedeem");
        assertThat(PosRelayReader.read(
                                "{\"request\":" + request + ",\"reply\":"
                                        + reply("POINT_REDEEM", "\"pointRedeem\":7000") + "}",
                                LIMITS)
                        .requestedAmount())
                .isEqualTo(7_000);
    }

    @Test
    void shouldRefuseAGiftCardPaymentOrEarnedPointsAboveThePayAmount() {
        // §3.3.2 payAmount "기프트카드 : 결제 금액(혹은 최대 사용 가능 금액)"; §3.1.3 points earned on the amount paid
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + amountRequest("PREPAID", 15_000) + ",\"reply\":"
                                + reply("PREPAID", "\"prepaidPayPrice\":\"15001\"") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.prepaidPayPrice");
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + amountRequest("POINT_EARN", 5_000) + ",\"reply\":"
                                + reply("POINT_EARN", "\"pointEarn\":5001") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.pointEarn");
    }

    @Test
    void shouldRefuseACouponDiscountAboveTheItemsTotal() {
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + couponRequest() + ",\"reply\":"
                                + reply("COUPON", "\"couponDiscountPrice\":10001") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.couponDiscountPrice");
    }

    @Test
    void shouldRefuseItemPricesThatAreNotUnitPriceTimesCount() {
        // §3.2.2 itemList example: itemUnitPrice 3000, itemCount 3, itemPrice 9000
        String inflated = couponRequest().replace("\"itemPrice\":9000", "\"itemPrice\":900000");
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + inflated + ",\"reply\":" + reply("COUPON", "\"couponDiscountPrice\":1") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "request.data.itemList[0].itemPrice");
    }

    @Test
    void shouldRefuseAReplyThatAnswersAnotherTransactionOrMode() {
        String request = amountRequest("POINT_REDEEM", 7_000);
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + request + ",\"reply\":"
                                + reply("POINT_REDEEM", "\"pointRedeem\":1").replace(ID, "ffffffffffffffffffff") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.transactionID");
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + request + ",\"reply\":" + reply("PREPAID", "\"prepaidPayPrice\":1") + "}",
                        LIMITS),
                422,
                "POS_REPLY_MISMATCH",
                "reply.data.supportMode");
    }

    @Test
    void shouldRefuseARelayedRequestThatCarriesThePbtCredentials() {
        // §2.4: auth {applicationKey, passwd, accessType} is for the popup; settlement never takes it
        String withAuth = amountRequest("POINT_REDEEM", 7_000)
                .replace(
                        "\"supportMode\"",
                        "\"auth\":{\"applicationKey\":\"k\",\"passwd\":\"p\",\"accessType\":\"T\"},\"supportMode\"");
        assertProblem(
                () -> PosRelayReader.read(
                        "{\"request\":" + withAuth + ",\"reply\":" + reply("POINT_REDEEM", "\"pointRedeem\":1") + "}",
                        LIMITS),
                400,
                "VALIDATION_FAILED",
                "request.data.auth");
    }

    @Test
    void shouldRequireTheRequestWhenConfiguredTo() {
        assertProblem(
                () -> PosRelayReader.read(
                        reply("POINT_REDEEM", "\"pointRedeem\":1"), new PosRelayReader.Limits(10_000_000, true)),
                400,
                "VALIDATION_FAILED",
                "request");
    }

    @Test
    void shouldListAtMostTwentyErrorsHoweverManyTheBodyHas() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"itemID\":1,\"itemName\":2,\"itemUnitPrice\":-1,\"itemCount\":0," + "\"itemPrice\":-1}");
        }
        String request = "{\"type\":\"connection\",\"data\":{\"supportMode\":\"COUPON\",\"transactionID\":\"" + ID
                + "\",\"itemList\":[" + items + "]}}";
        assertThatThrownBy(() -> PosRelayReader.read(
                        "{\"request\":" + request + ",\"reply\":" + reply("COUPON", "\"couponDiscountPrice\":1") + "}",
                        LIMITS))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.problem().errors()).hasSize(PosRelayReader.MAX_ERRORS);
                    assertThat(e.problem().detail()).contains("and 497 more (20 listed)");
                });
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String reply(String mode, String fields) {
        return "{\"status\":\"200\",\"result\":\"OK\",\"timestamp\":\"1728025307\",\"data\":{\"errorCode\":200,"
                + "\"errorMsg\":\"OK\",\"errorMsgUser\":\"OK\",\"supportMode\":\"" + mode + "\",\"transactionID\":\""
                + ID + "\"," + fields + "}}";
    }

    static String amountRequest(String mode, int payAmount) {
        return "{\"type\":\"connection\",\"data\":{\"supportMode\":\"" + mode + "\",\"transactionID\":\"" + ID
                + "\",\"payAmount\":" + payAmount + "},\"autoCloseTime\":20000}";
    }

    static String couponRequest() {
        return "{\"type\":\"connection\",\"data\":{\"supportMode\":\"COUPON\",\"transactionID\":\"" + ID + "\","
                + "\"itemList\":[{\"itemID\":\"KD101111\",\"itemName\":\"아메리카노\",\"itemUnitPrice\":3000,"
                + "\"itemCount\":3,\"itemPrice\":9000,\"itemOptionList\":[{\"itemOptionID\":\"KD101111-01\","
                + "\"itemOptionName\":\"샷추가\",\"itemOptionUnitPrice\":500,\"itemOptionCount\":2,"
                + "\"itemOptionPrice\":1000}]}]},\"autoCloseTime\":20000}";
    }

    static void assertProblem(ThrowingCallable call, int status, String code, String... fields) {
        assertThatThrownBy(call)
                .isInstanceOfAny(ProblemException.class, DomainException.class)
                .satisfies(e -> {
                    Problem p = e instanceof DomainException d ? d.problem() : ((ProblemException) e).problem();
                    assertThat(p.status()).as(p.detail()).isEqualTo(status);
                    assertThat(p.code()).isEqualTo(code);
                    for (String field : fields) {
                        assertThat(p.errors())
                                .as(p.detail())
                                .extracting(Problem.FieldError::field)
                                .contains(field);
                    }
                });
    }
}
