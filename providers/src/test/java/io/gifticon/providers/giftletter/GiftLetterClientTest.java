package io.gifticon.providers.giftletter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderWireMock;
import io.gifticon.providers.Samples;
import io.gifticon.providers.WireRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every GiftLetter call on the wire (GET, path, every query field, enc) and every reply variant of the document. */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftLetterClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ORDER = "BU4S12R1604001";
    // printf %s 'testkeytestcidBU4S12R1604001' | md5sum
    private static final String ORDER_ENC = "9b7f5045be71f4ac20f8a0a0fefc370e";

    WireMockServer wireMock;

    @Inject
    GiftLetterClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    private void reply(String operation, String body) {
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/" + operation))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(body)));
    }

    private Map<String, String> sentQuery(String path) {
        LoggedRequest request = WireRequests.single(wireMock);
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(WireRequests.path(request)).isEqualTo(path);
        return WireRequests.query(request);
    }

    private static ErrorCode codeOf(Throwable failure) {
        assertThat(failure).isInstanceOf(ProviderException.class);
        return ((ProviderException) failure).error().code();
    }

    private static GiftLetterSendRequest request() {
        return new GiftLetterSendRequest(
                "G00001", "선물 도착", "커피 한 잔 보내요", "01012345678", "0212345678", "co-20261122-0001", null);
    }

    @Test
    void shouldSendEPinWithEveryFieldAndTheEnc() {
        reply("SendEPin", Samples.text("giftletter/send-ok.json"));

        GiftLetterSendResult result = client.sendEPin(request()).await().atMost(WAIT);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cid", "testcid");
        // printf %s 'testkeytestcidG00001co-20261122-0001' | md5sum
        expected.put("enc", "96021ea5c928cf40db708debb8cb6f7f");
        expected.put("goods_id", "G00001");
        expected.put("count", "1");
        expected.put("title", "선물 도착");
        expected.put("content", "커피 한 잔 보내요");
        expected.put("mdn", "01012345678");
        expected.put("receive_tel", "0212345678");
        expected.put("co_tid", "co-20261122-0001");
        expected.put("reserved", "");
        assertThat(sentQuery("/giftletter/SendEPin")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(result.epin()).isEqualTo("405868134802");
        assertThat(result.orderId()).isEqualTo(ORDER);
        assertThat(result.toString()).doesNotContain("405868134802");
    }

    @Test
    void shouldReportTheSendFailureOfTheDocument() {
        reply("SendEPin", Samples.text("giftletter/send-fail.json"));

        Throwable failure =
                catchThrowable(() -> client.sendEPin(request()).await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.PRODUCT_UNAVAILABLE);
        assertThat(((ProviderException) failure).error().providerCode()).isEqualTo("A101");
    }

    @Test
    void shouldListEveryProblemOfASendBeforeCallingGiftLetter() {
        GiftLetterSendRequest bad = new GiftLetterSendRequest(
                "G1", "t".repeat(41), "c".repeat(501), "010-1234-5678", "", "x".repeat(31), "r".repeat(21));

        Throwable failure = catchThrowable(() -> client.sendEPin(bad).await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(failure.getMessage()).contains("title", "content", "mdn", "receive_tel", "co_tid", "reserved");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldCancelWithTheOrderIdEnc() {
        reply("CancelSendEPin", Samples.text("giftletter/cancel-ok.json"));

        assertThat(client.cancel(ORDER).await().atMost(WAIT)).isEqualTo(GiftLetterCancelResult.CANCELLED);
        assertThat(sentQuery("/giftletter/CancelSendEPin"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("cid", "testcid", "enc", ORDER_ENC, "order_id", ORDER));
    }

    @Test
    void shouldLetTheFirstOfTwoCodesDecideACancelFailure() {
        reply("CancelSendEPin", Samples.text("giftletter/cancel-fail.json"));

        Throwable failure = catchThrowable(() -> client.cancel(ORDER).await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(((ProviderException) failure).error().providerCode()).isEqualTo("E102:P002");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/giftletter/CancelSendEPin")));
    }

    @Test
    void shouldRetryACancelAfterASystemErrorAndTakeAlreadyCancelledAsSuccess() {
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/CancelSendEPin"))
                .inScenario("s")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withBody("{\"rstCode\":\"S001\",\"rstMsg\":\"시스템 오류\"}"))
                .willSetStateTo("again"));
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/CancelSendEPin"))
                .inScenario("s")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withBody("{\"rstCode\":\"E304\",\"rstMsg\":\"이미 취소 된 거래 건\"}")));

        assertThat(client.cancel(ORDER).await().atMost(WAIT)).isEqualTo(GiftLetterCancelResult.ALREADY_CANCELLED);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/giftletter/CancelSendEPin")));
    }

    @Test
    void shouldReadAStatus() {
        reply("StatusSendEPin", Samples.text("giftletter/status-ok.json"));

        GiftLetterCouponStatus status = client.status(ORDER).await().atMost(WAIT);

        assertThat(sentQuery("/giftletter/StatusSendEPin"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("cid", "testcid", "enc", ORDER_ENC, "order_id", ORDER));
        assertThat(status.isUnused()).isTrue();
    }

    @Test
    void shouldReadAStatusFailureWithSpacedCompoundCode() {
        reply("StatusSendEPin", Samples.text("giftletter/status-fail.json"));

        Throwable failure = catchThrowable(() -> client.status(ORDER).await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(((ProviderException) failure).error().providerCode()).isEqualTo("E103 : P002");
    }

    @Test
    void shouldResendWithSendTypeD() {
        reply("ReSendSMS", Samples.text("giftletter/resend-ok.json"));

        client.resendSms(ORDER, "다시 보내요").await().atMost(WAIT);

        assertThat(sentQuery("/giftletter/ReSendSMS"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "cid",
                        "testcid",
                        "enc",
                        ORDER_ENC,
                        "order_id",
                        ORDER,
                        "send_type",
                        "D",
                        "msg",
                        "다시 보내요",
                        "reserved",
                        ""));
    }

    @Test
    void shouldReadTheResendFailureWithItsMissingComma() {
        reply("ReSendSMS", Samples.text("giftletter/resend-fail.json"));

        Throwable failure =
                catchThrowable(() -> client.resendSms(ORDER, null).await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void shouldListTheGoodsOfABrand() {
        reply("getGoodsInfoList", Samples.text("giftletter/goods-list-ok.json"));

        List<GiftLetterGoods> goods = client.goodsList("99").await().atMost(WAIT);

        assertThat(sentQuery("/giftletter/getGoodsInfoList"))
                .containsExactlyInAnyOrderEntriesOf(
                        // printf %s 'testkeytestcid99' | md5sum
                        Map.of("cid", "testcid", "brand_id", "99", "enc", "ede57ea45ab8bd3d5bd683751e90ed1b"));
        assertThat(goods).hasSize(2);
        assertThat(goods.get(0))
                .isEqualTo(new GiftLetterGoods(
                        "0000000582",
                        "[GS25] 모바일상품권 1만원",
                        "GS25상품권",
                        10000L,
                        "http://image.gift-n.net/goods/0000000582_1.jpg",
                        "Y"));
        assertThat(goods.get(1).price()).isEqualTo(20000L);
    }

    @Test
    void shouldTakeStatusEOfTheListAsAnError() {
        reply("getGoodsInfoList", Samples.text("giftletter/goods-list-fail.json"));

        Throwable failure = catchThrowable(() -> client.goodsList("99").await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
    }

    @Test
    void shouldRefuseANonNumericBrandIdBeforeCalling() {
        Throwable failure =
                catchThrowable(() -> client.goodsList("GS25").await().atMost(WAIT));

        assertThat(codeOf(failure)).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldReadGoodsInfoWithSpacedNames() {
        reply("getGoodsInfo", """
                {"GOODS_ID":"0000000582","GOODS_NAME":"[GS25] 모바일상품권 1만원","BRAND_ID":"12",
                 "BRAND_NAME":"GS25상품권","PRICE ":"10000","SPRICE ":"9500","MSG_TYPE":"2",
                 "IMG_URL ":"http://image.gift-n.net/goods/0000000582_1.jpg","EXDATE ":"2026-12-31",
                 "GOODS_MEMO ":"","BRAND_MEMO":"일부 매장 제외","STATUS":"Y"}""");

        GiftLetterGoodsInfo info = client.goodsInfo("0000000582").await().atMost(WAIT);

        assertThat(sentQuery("/giftletter/getGoodsInfo"))
                .containsExactlyInAnyOrderEntriesOf(
                        // printf %s 'testkeytestcid0000000582' | md5sum
                        Map.of("cid", "testcid", "goods_id", "0000000582", "enc", "9e1e701fca5bf13d4fee9516db111701"));
        assertThat(info.price()).isEqualTo(10000L);
        assertThat(info.supplyPrice()).isEqualTo(9500L);
        assertThat(info.imgUrl()).endsWith("0000000582_1.jpg");
        assertThat(info.exdate()).isEqualTo("2026-12-31");
        assertThat(info.notes()).isEqualTo("일부 매장 제외");
        assertThat(info.available()).isTrue();
    }

    @Test
    void shouldTakeTheDocumentsEmptyGoodsInfoSampleAsAFailure() {
        // §8.2's "성공시" sample has every value empty, STATUS "" included: not a usable answer
        reply("getGoodsInfo", Samples.text("giftletter/goods-info-ok.json"));

        assertThat(codeOf(catchThrowable(
                        () -> client.goodsInfo("0000000582").await().atMost(WAIT))))
                .isEqualTo(ErrorCode.PROVIDER_ERROR);
    }

    @Test
    void shouldTakeStatusEOfGoodsInfoAsAnUnknownProduct() {
        reply("getGoodsInfo", Samples.text("giftletter/goods-info-fail.json"));

        assertThat(codeOf(catchThrowable(
                        () -> client.goodsInfo("0000000582").await().atMost(WAIT))))
                .isEqualTo(ErrorCode.PRODUCT_UNAVAILABLE);
    }

    @Test
    void shouldFetchABrandImageWithoutEnc() {
        reply("getBrandImage", Samples.text("giftletter/brand-image-ok.json"));

        GiftLetterBrandImage image = client.brandImage("50").await().atMost(WAIT);

        assertThat(sentQuery("/giftletter/getBrandImage"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("cid", "testcid", "brand_id", "50"));
        assertThat(image).isEqualTo(new GiftLetterBrandImage("GS칼텍스", "http://image.gift-n.net/brand/80.jpg", "Y"));
    }

    @Test
    void shouldTakeStatusEOfABrandImageAsNotFound() {
        reply("getBrandImage", Samples.text("giftletter/brand-image-fail.json"));

        assertThat(codeOf(catchThrowable(() -> client.brandImage("50").await().atMost(WAIT))))
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void shouldReadTheExchangeLogByItsDeclaredCharset() {
        String body = "910587397432|20150221151203|광주영주\n910587731646|20150221|금정이마트\n";
        wireMock.stubFor(get(urlPathEqualTo("/giftletter-admin/mn_compare/ExchangeDaily.aspx"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/plain; charset=EUC-KR")
                        .withBody(body.getBytes(Charset.forName("EUC-KR")))));

        GiftLetterExchangeLog log =
                client.exchangeLog(LocalDate.of(2015, 2, 21)).await().atMost(WAIT);

        assertThat(sentQuery("/giftletter-admin/mn_compare/ExchangeDaily.aspx"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("cid", "testcid", "dt", "2015-02-21"));
        assertThat(log.redemptions()).extracting(GiftLetterRedemption::branch).containsExactly("광주영주", "금정이마트");
    }
}
