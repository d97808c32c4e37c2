package io.gifticon.providers.giftishow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue and resend operations on the wire, against the document's own reply samples. */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftishowClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, String> AUTH =
            Map.of("custom_auth_code", "test-auth-code", "custom_auth_token", "test-auth-token", "dev_yn", "N");

    WireMockServer wireMock;

    @jakarta.inject.Inject
    GiftishowClient client;

    @jakarta.inject.Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    private void reply(String path, String body) {
        wireMock.stubFor(post(urlEqualTo("/bizApi" + path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(body)));
    }

    private Map<String, String> sentForm(String path) {
        LoggedRequest request = WireRequests.single(wireMock);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/bizApi" + path);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        return WireRequests.fields(request.getBodyAsString());
    }

    private static Map<String, String> with(String apiCode, Map<String, String> extra) {
        var all = new java.util.LinkedHashMap<String, String>(AUTH);
        all.put("api_code", apiCode);
        all.putAll(extra);
        return all;
    }

    @Test
    void shouldAskForAGoodsPageAndReadTheTypoedSample() {
        reply("/goods", Samples.text("giftishow/0101-goods.json"));

        GiftishowGoodsPage page = client.goods(2, 50).await().atMost(WAIT);

        assertThat(sentForm("/goods"))
                .containsExactlyInAnyOrderEntriesOf(with("0101", Map.of("start", "2", "size", "50")));
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.items()).hasSize(1);
        GiftishowGoods goods = page.items().get(0);
        assertThat(goods.goodsCode()).isEqualTo("G00000280811");
        assertThat(goods.goodsNo()).isEqualTo(21445L);
        assertThat(goods.goodsName()).isEqualTo("광동)비타500 100ml 병");
        assertThat(goods.brandCode()).isEqualTo("BR00046");
        assertThat(goods.salePrice()).isEqualTo(800L);
        assertThat(goods.discountPrice()).isEqualTo(750L);
        assertThat(goods.realPrice()).isEqualTo(800L);
        // the sample's "oodsImgS"
        assertThat(goods.goodsImgS())
                .isEqualTo("https://biz.giftishow.com/Resource/goods/G00000280811/G00000280811_250.jpg");
        assertThat(goods.affiliateId()).isEqualTo("ELEVEN");
        assertThat(goods.rmIdBuyCntFlagCd()).isEqualTo("N");
        assertThat(goods.limitDay()).isEqualTo("30");
        assertThat(goods.validPrdTypeCd()).isEqualTo("01");
        assertThat(goods.content()).isEqualTo("내용");
        assertThat(goods.onSale()).isTrue();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void shouldRefuseABadPageBeforeCallingGiftishow() {
        Throwable failure = catchThrowable(() -> client.goods(0, 0).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(ProviderException.class);
        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(failure).hasMessageContaining("start").hasMessageContaining("size");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldReadGoodsDetailWithTierPrices() {
        reply("/goods/G00000280811", Samples.text("giftishow/0111-goods-detail.json"));

        GiftishowGoodsDetail detail = client.goodsDetail("G00000280811").await().atMost(WAIT);

        assertThat(sentForm("/goods/G00000280811")).containsExactlyInAnyOrderEntriesOf(with("0111", Map.of()));
        assertThat(detail.goodsCode()).isEqualTo("G00000280811");
        assertThat(detail.goldPrice()).isEqualTo(750L);
        assertThat(detail.vipPrice()).isEqualTo(730L);
        assertThat(detail.platinumPrice()).isEqualTo(710L);
        assertThat(detail.vipDiscountRate()).isEqualTo("9");
        assertThat(detail.goodsTypeCd()).isEqualTo("GNR");
        assertThat(detail.categoryName1()).isEqualTo("편의점/마트");
        // "goodsimgB" in the sample
        assertThat(detail.goodsImgB())
                .isEqualTo("https://biz.giftishow.com/Resource/goods/G00000280811/G00000280811.jpg");
        assertThat(detail.goodsTypeDtlNm()).isEqualTo("편의점");
    }

    @Test
    void shouldReadTheBrandList() {
        reply("/brands", Samples.text("giftishow/0102-brands.json"));

        GiftishowBrandList brands = client.brands().await().atMost(WAIT);

        assertThat(sentForm("/brands")).containsExactlyInAnyOrderEntriesOf(with("0102", Map.of()));
        assertThat(brands.total()).isEqualTo(134);
        assertThat(brands.brands()).singleElement().satisfies(b -> {
            assertThat(b.brandCode()).isEqualTo("BR00109");
            assertThat(b.brandName()).isEqualTo("BHC");
            assertThat(b.mmsThumbImg()).endsWith("BR_20140807_103157_4.jpg");
            assertThat(b.category2Name()).isEqualTo("편의점/마트");
        });
    }

    @Test
    void shouldReadABrandDetail() {
        reply("/brands/BR00026", Samples.text("giftishow/0112-brand-detail.json"));

        GiftishowBrand brand = client.brandDetail("BR00026").await().atMost(WAIT);

        assertThat(sentForm("/brands/BR00026")).containsExactlyInAnyOrderEntriesOf(with("0112", Map.of()));
        assertThat(brand.brandName()).isEqualTo("도미노피자");
        assertThat(brand.brandIconImg()).endsWith("20170821_143401538.jpg");
    }

    @Test
    void shouldResendAsSms() {
        reply("/resend", Samples.text("giftishow/0203-resend.json"));

        client.resend("svc_20261122_00000001", true).await().atMost(WAIT);

        assertThat(sentForm("/resend"))
                .containsExactlyInAnyOrderEntriesOf(with(
                        "0203", Map.of("tr_id", "svc_20261122_00000001", "sms_flag", "Y", "user_id", "test-user")));
    }

    @Test
    void shouldReportAResendFailure() {
        reply("/resend", "{\"code\":\"ERR0212\",\"message\":\"MMS 재발송 대상 미조회\"}");

        Throwable failure =
                catchThrowable(() -> client.resend("svc_1", false).await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(sentForm("/resend")).containsEntry("sms_flag", "N");
    }

    @Test
    void shouldReadTheCouponSampleWithoutItsOpeningBrace() {
        reply("/coupons", Samples.text("giftishow/0201-coupons.json"));

        GiftishowCouponStatus status = client.couponStatus("svc_1").await().atMost(WAIT);

        assertThat(sentForm("/coupons")).containsExactlyInAnyOrderEntriesOf(with("0201", Map.of("tr_id", "svc_1")));
        assertThat(status.isCancelled()).isTrue();
        assertThat(status.goodsCode()).isEqualTo("G00000271016");
    }

    @Test
    void shouldRefuseATooLongTrIdBeforeCancelling() {
        Throwable failure =
                catchThrowable(() -> client.cancel("x".repeat(26)).await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        wireMock.verify(0, postRequestedFor(urlEqualTo("/bizApi/cancel")));
    }

    @Test
    void shouldSendWithEveryFieldOfSection8() {
        reply("/send", """
                {"code":"0000","message":null,"result":{"code":"0000","message":null,
                 "result":{"orderNo":"20190812000000","pinNo":"900343630367",
                 "couponImgUrl":"http://t.giftishow.co.kr/mms_90012345678_01.jpg"}}}""");
        // tomorrow 10:30 in Seoul: always inside the 5 minutes – 90 days window
        java.time.ZonedDateTime at = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Seoul"))
                .plusDays(1)
                .withHour(10)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        GiftishowSendRequest request = new GiftishowSendRequest(
                "svc_20261122_00000001",
                "G00000280811",
                "01012345678",
                "0212345678",
                "선물도착",
                "커피 한 잔 보내요",
                GiftishowDelivery.BARCODE_IMAGE,
                at.toInstant(),
                "ORD-1");

        GiftishowSendResult result = client.send(request).await().atMost(WAIT);

        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("goods_code", "G00000280811");
        expected.put("mms_msg", "커피 한 잔 보내요");
        expected.put("mms_title", "선물도착");
        expected.put("callback_no", "0212345678");
        expected.put("phone_no", "01012345678");
        expected.put("tr_id", "svc_20261122_00000001");
        expected.put("user_id", "test-user");
        expected.put("gubun", "I");
        expected.put("order_no", "ORD-1");
        expected.put("rev_info_yn", "Y");
        expected.put("rev_info_date", at.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")));
        expected.put("rev_info_time", "1030");
        assertThat(sentForm("/send")).containsExactlyInAnyOrderEntriesOf(with("0204", expected));
        assertThat(result.orderNo()).isEqualTo("20190812000000");
        assertThat(result.pinNo()).isEqualTo("900343630367");
        assertThat(result.couponImgUrl()).endsWith("mms_90012345678_01.jpg");
        assertThat(result.toString()).doesNotContain("900343630367");
    }

    @Test
    void shouldCheckBothNestedCodesOfASend() {
        reply("/send", "{\"code\":\"0000\",\"result\":{\"code\":\"E0010\",\"message\":\"비즈머니 잔액이 부족합니다\"}}");
        GiftishowSendRequest request = new GiftishowSendRequest(
                "svc_1", "G00000280811", "01012345678", "0212345678", "선물", "메시지", GiftishowDelivery.MMS, null, null);

        Throwable failure = catchThrowable(() -> client.send(request).await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INSUFFICIENT_BALANCE);
        assertThat(sentForm("/send")).containsEntry("gubun", "N").doesNotContainKeys("order_no", "rev_info_yn");
    }

    @Test
    void shouldListEveryProblemOfASendBeforeCallingGiftishow() {
        GiftishowSendRequest bad = new GiftishowSendRequest(
                "x".repeat(26), "", "010-1234-5678", "12", "열 글자를 넘는 제목입니다", "", null, java.time.Instant.now(), null);

        Throwable failure = catchThrowable(() -> client.send(bad).await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(failure.getMessage())
                .contains(
                        "tr_id", "goods_code", "phone_no", "callback_no", "mms_title", "mms_msg", "gubun", "scheduled");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldCancelWithTrIdAndUserId() {
        reply("/cancel", "{\"code\":\"0000\",\"message\":\"정상처리 되었습니다.\"}");

        assertThat(client.cancel("svc_1").await().atMost(WAIT)).isEqualTo(GiftishowCancelResult.CANCELLED);
        assertThat(sentForm("/cancel"))
                .containsExactlyInAnyOrderEntriesOf(with("0202", Map.of("tr_id", "svc_1", "user_id", "test-user")));
    }

    @Test
    void shouldReadTheBizmoneyBalance() {
        reply("/bizmoney", "{\"code\":\"0000\",\"message\":\"\",\"balance\":\"250000\"}");

        assertThat(client.bizmoney().await().atMost(WAIT)).isEqualTo(250_000L);
        assertThat(sentForm("/bizmoney"))
                .containsExactlyInAnyOrderEntriesOf(with("0301", Map.of("user_id", "test-user")));
    }
}
