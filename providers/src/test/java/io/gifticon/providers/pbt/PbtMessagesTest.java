package io.gifticon.providers.pbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The postMessage payloads of pbt-pos-integration.txt §2.6 and §3, as JSON, and their validation. */
class PbtMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PbtAuth AUTH = new PbtAuth("7xeqow8o6qooa0h6ongiyx28manj08ps", "b97kvtiu", "X6PM2UQU5MR60001");
    private static final String TX = "1c27375780c811ef9e03";

    private static PbtItem americano() {
        return new PbtItem(
                "KD101111", "아메리카노", 3000, 3, 9000, List.of(new PbtItemOption("KD101111-01", "샷추가", 500, 2, 1000)));
    }

    @Test
    void shouldWriteThePointRedeemRequestOfTheDocument() throws Exception {
        PbtConnectionRequest request = PbtConnectionRequest.forAmount(
                        PbtSupportMode.POINT_REDEEM, AUTH, TX, 7000, 20000)
                .validate();

        assertThat(JSON.readTree(JSON.writeValueAsString(request))).isEqualTo(JSON.readTree("""
                {"type":"connection","data":{"supportMode":"POINT_REDEEM",
                 "auth":{"applicationKey":"7xeqow8o6qooa0h6ongiyx28manj08ps","passwd":"b97kvtiu",
                         "accessType":"X6PM2UQU5MR60001"},
                 "transactionID":"1c27375780c811ef9e03","payAmount":7000},
                 "autoCloseTime":20000}"""));
    }

    @Test
    void shouldWriteACouponRequestWithItemsAndLeaveOutEmptyOptions() throws Exception {
        PbtItem plain = new PbtItem("KD2", "라떼", 4000, 1, 4000, List.of());
        PbtConnectionRequest request = PbtConnectionRequest.forCoupon(AUTH, TX, List.of(americano(), plain), null)
                .validate();

        assertThat(JSON.readTree(JSON.writeValueAsString(request))).isEqualTo(JSON.readTree("""
                {"type":"connection","data":{"supportMode":"COUPON",
                 "auth":{"applicationKey":"7xeqow8o6qooa0h6ongiyx28manj08ps","passwd":"b97kvtiu",
                         "accessType":"X6PM2UQU5MR60001"},
                 "transactionID":"1c27375780c811ef9e03",
                 "itemList":[{"itemID":"KD101111","itemName":"아메리카노","itemUnitPrice":3000,"itemCount":3,
                              "itemPrice":9000,"itemOptionList":[{"itemOptionID":"KD101111-01",
                              "itemOptionName":"샷추가","itemOptionUnitPrice":500,"itemOptionCount":2,
                              "itemOptionPrice":1000}]},
                             {"itemID":"KD2","itemName":"라떼","itemUnitPrice":4000,"itemCount":1,"itemPrice":4000}]}}
                """));
    }

    @Test
    void shouldWriteTheConfirmOfTheDocument() throws Exception {
        PbtConfirmRequest confirm = new PbtConfirmRequest(
                        null,
                        new PbtConfirmRequest.Data(
                                AUTH,
                                TX,
                                "N",
                                "Y",
                                "N",
                                "Y",
                                "Y",
                                List.of(americano()),
                                List.of(new PbtPayment(
                                        "PREPAID", null, null, null, null, null, 8500, 28000, 5500, null)),
                                9000,
                                1000,
                                1500,
                                8500,
                                10000,
                                "",
                                "",
                                "",
                                "",
                                ""),
                        20000)
                .validate();

        var tree = JSON.readTree(JSON.writeValueAsString(confirm));
        assertThat(tree.path("type").asText()).isEqualTo("confirm");
        assertThat(tree.path("data").path("eReceiptIssueYN").asText()).isEqualTo("Y");
        assertThat(tree.path("data").path("pointEarnConfirmedYN").asText()).isEqualTo("Y");
        assertThat(tree.path("data").path("transactionID").asText()).isEqualTo(TX);
        assertThat(tree.path("data")
                        .path("paymentList")
                        .path(0)
                        .path("paymentPrice")
                        .asInt())
                .isEqualTo(8500);
        assertThat(tree.path("data").path("customerPaid").asInt()).isEqualTo(8500);
        assertThat(tree.path("data").path("memo5").asText()).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(confirm), PbtConfirmRequest.class))
                .isEqualTo(confirm);
    }

    @Test
    void shouldWriteCancelAndBarcode() throws Exception {
        PbtCancelRequest cancel = new PbtCancelRequest(null, new PbtCancelRequest.Data(AUTH, TX), null).validate();

        assertThat(JSON.readTree(JSON.writeValueAsString(cancel))).isEqualTo(JSON.readTree("""
                {"type":"cancel","data":{"auth":{"applicationKey":"7xeqow8o6qooa0h6ongiyx28manj08ps",
                 "passwd":"b97kvtiu","accessType":"X6PM2UQU5MR60001"},"transactionID":"1c27375780c811ef9e03"}}"""));
        assertThat(JSON.writeValueAsString(PbtBarcodeMessage.of("8801234567890").validate()))
                .isEqualTo("{\"type\":\"barcode\",\"data\":\"8801234567890\"}");
    }

    @Test
    void shouldListEveryProblemOfAConnectionRequest() {
        PbtConnectionRequest bad =
                PbtConnectionRequest.forAmount(PbtSupportMode.PREPAID, new PbtAuth("", null, " "), "short", 0, -1);

        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(e.error().provider()).isEqualTo("pbt");
            assertThat(e.getMessage())
                    .contains("applicationKey", "passwd", "accessType", "transactionID", "payAmount", "autoCloseTime");
        });
    }

    @Test
    void shouldAcceptTransactionIdsOf16To36Characters() {
        PbtConnectionRequest.forAmount(PbtSupportMode.POINT_EARN, AUTH, "x".repeat(16), 5000, null)
                .validate();
        PbtConnectionRequest.forAmount(PbtSupportMode.POINT_EARN, AUTH, "x".repeat(36), 5000, null)
                .validate();
        assertThatThrownBy(() -> PbtConnectionRequest.forAmount(
                                PbtSupportMode.POINT_EARN, AUTH, "x".repeat(15), 5000, null)
                        .validate())
                .isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> PbtConnectionRequest.forAmount(
                                PbtSupportMode.POINT_EARN, AUTH, "x".repeat(37), 5000, null)
                        .validate())
                .isInstanceOf(ProviderException.class);
    }

    @Test
    void shouldRequireItemsForACoupon() {
        PbtItem broken = new PbtItem("", "x", -1, 0, 100, List.of(new PbtItemOption(null, "샷", 500, 0, 1000)));

        assertThatThrownBy(() -> PbtConnectionRequest.forCoupon(AUTH, TX, List.of(), null)
                        .validate())
                .hasMessageContaining("itemList is required");
        assertThatThrownBy(() -> PbtConnectionRequest.forCoupon(AUTH, TX, List.of(broken), null)
                        .validate())
                .hasMessageContaining("itemList[0].itemID")
                .hasMessageContaining("itemUnitPrice")
                .hasMessageContaining("itemCount")
                .hasMessageContaining("itemOptionList[0].itemOptionID")
                .hasMessageContaining("itemOptionList[0].itemOptionCount");
    }

    @Test
    void shouldRequireYnFlagsAndPaymentsOnConfirm() {
        PbtConfirmRequest bad = new PbtConfirmRequest(
                null,
                new PbtConfirmRequest.Data(
                        AUTH, TX, "y", null, "N", "N", "Y", null, List.of(), null, null, null, null, null, null, null,
                        null, null, null),
                null);

        assertThatThrownBy(bad::validate)
                .hasMessageContaining("pointRedeemConfirmedYN")
                .hasMessageContaining("pointEarnConfirmedYN")
                .hasMessageContaining("itemList is required")
                .hasMessageContaining("paymentList is required");
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        PbtConnectionRequest coupon = PbtConnectionRequest.forCoupon(AUTH, TX, List.of(americano()), 20000);
        PbtCancelRequest cancel = new PbtCancelRequest(null, new PbtCancelRequest.Data(AUTH, TX), null);

        assertThat(JSON.readValue(JSON.writeValueAsString(coupon), PbtConnectionRequest.class))
                .isEqualTo(coupon);
        assertThat(JSON.readValue(JSON.writeValueAsString(cancel), PbtCancelRequest.class))
                .isEqualTo(cancel);
        assertThat(JSON.readValue("{\"data\":{\"auth\":null,\"transactionID\":\"" + TX + "\"}}", PbtCancelRequest.class)
                        .type())
                .isEqualTo("cancel");
    }

    @Test
    void shouldRefuseAnEmptyBarcode() {
        assertThatThrownBy(() -> PbtBarcodeMessage.of(" ").validate()).isInstanceOf(ProviderException.class);
    }

    @Test
    void shouldNeverPrintThePassword() {
        assertThat(AUTH.toString()).doesNotContain("b97kvtiu");
    }
}
