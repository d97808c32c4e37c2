package io.gifticon.providers.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException.FieldProblem;
import io.gifticon.providers.ProviderWireMock;
import io.gifticon.providers.Samples;
import io.gifticon.providers.WireRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider registry and the SPI adapters over the real clients (WireMock behind them). */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class ProviderCapabilitiesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    WireMockServer wireMock;

    @Inject
    ProviderCapabilities registry;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    @Test
    void shouldDeclareWhatEachProviderSupports() {
        assertThat(registry.providers()).containsExactlyInAnyOrder("giftishow", "giftletter", "coufun", "pbt");
        assertThat(registry.of("giftishow"))
                .containsExactlyInAnyOrder(
                        Capability.CATALOG_PAGES,
                        Capability.BRANDS,
                        Capability.ISSUE,
                        Capability.CANCEL,
                        Capability.STATUS,
                        Capability.RESEND,
                        Capability.BALANCE);
        assertThat(registry.of("giftletter"))
                .containsExactlyInAnyOrder(
                        Capability.CATALOG_BY_BRAND,
                        Capability.ISSUE,
                        Capability.CANCEL,
                        Capability.STATUS,
                        Capability.RESEND,
                        Capability.REDEMPTION_LOG);
        assertThat(registry.of("coufun")).containsExactly(Capability.CANCEL);
        assertThat(registry.of("pbt")).containsExactly(Capability.POS_POPUP);
        assertThat(registry.of("nobody")).isEmpty();
    }

    @Test
    void shouldOfferTheSpiInterfacesMatchingTheCapabilities() {
        for (String provider : registry.providers()) {
            Set<Capability> caps = registry.of(provider);
            assertThat(registry.issuer(provider).isPresent())
                    .as(provider + " issuer")
                    .isEqualTo(caps.stream()
                            .anyMatch(
                                    EnumSet.of(
                                                    Capability.ISSUE,
                                                    Capability.CANCEL,
                                                    Capability.STATUS,
                                                    Capability.RESEND)::contains));
            assertThat(registry.catalog(provider).isPresent())
                    .as(provider + " catalog")
                    .isEqualTo(caps.stream()
                            .anyMatch(
                                    EnumSet.of(Capability.CATALOG_PAGES, Capability.CATALOG_BY_BRAND, Capability.BRANDS)
                                            ::contains));
            assertThat(registry.balance(provider).isPresent()).isEqualTo(caps.contains(Capability.BALANCE));
            assertThat(registry.redemptionLog(provider).isPresent())
                    .isEqualTo(caps.contains(Capability.REDEMPTION_LOG));
        }
    }

    @Test
    void shouldPageTheGiftishowCatalogue() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/goods"))
                .willReturn(aResponse().withBody(Samples.text("giftishow/0101-goods.json"))));

        CatalogPage page = registry.catalog("giftishow")
                .orElseThrow()
                .products(1, 20)
                .await()
                .atMost(WAIT);

        assertThat(page.total()).isEqualTo(8);
        assertThat(page.items())
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("raw")
                .isEqualTo(new CatalogProduct(
                        "giftishow",
                        "G00000280811",
                        "광동)비타500 100ml 병",
                        "BR00046",
                        "세븐일레븐",
                        800L,
                        750L,
                        "https://biz.giftishow.com/Resource/goods/G00000280811/G00000280811.jpg",
                        true,
                        "편의점",
                        30,
                        null,
                        "광동)비타500, 비타민, 건강음료, 세븐일레븐",
                        1,
                        null));
        assertThat(page.items().get(0).raw()).contains("\"goodsCode\":\"G00000280811\"");
    }

    @Test
    void shouldIssueAndQueryAtGiftLetter() {
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/SendEPin"))
                .willReturn(aResponse().withBody(Samples.text("giftletter/send-ok.json"))));
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/StatusSendEPin"))
                .willReturn(aResponse()
                        .withBody("{\"rstCode\":\"0\",\"rstMsg\":\"\",\"use\":\"Y\",\"use_date\":\"20261122101010\","
                                + "\"branchname\":\"강남점\"}")));
        CouponIssuer giftletter = registry.issuer("giftletter").orElseThrow();

        IssuedCoupon issued = giftletter
                .issue(new IssueCouponRequest(
                        "co-20261122-0001", "G00001", "01012345678", "0212345678", "선물", "선물이 왔어요"))
                .await()
                .atMost(WAIT);
        CouponState state = giftletter
                .status(CouponRef.byOrder(issued.providerOrderId()))
                .await()
                .atMost(WAIT);

        assertThat(issued.providerOrderId()).isEqualTo("BU4S12R1604001");
        assertThat(state).isEqualTo(new CouponState(CouponState.State.REDEEMED, "Y", "20261122101010", "강남점"));
    }

    @Test
    void shouldIssueAtGiftishowWithTheDeliveryAndScheduleAskedFor() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/send")).willReturn(aResponse().withBody("""
                {"code":"0000","message":null,"result":{"code":"0000","message":null,
                 "result":{"orderNo":"20190812000000","pinNo":"900343630367",
                 "couponImgUrl":"http://t.giftishow.co.kr/mms_90012345678_01.jpg"}}}""")));
        ZonedDateTime at = ZonedDateTime.now(ZoneId.of("Asia/Seoul"))
                .plusDays(1)
                .withHour(10)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);

        IssuedCoupon issued = registry.issuer("giftishow")
                .orElseThrow()
                .issue(new IssueCouponRequest(
                        "svc_20261122_00000001",
                        "G00000280811",
                        "01012345678",
                        "0212345678",
                        "선물도착",
                        "커피 한 잔 보내요",
                        IssueCouponRequest.Delivery.BARCODE_IMAGE,
                        at.toInstant()))
                .await()
                .atMost(WAIT);

        Map<String, String> form =
                WireRequests.fields(WireRequests.single(wireMock).getBodyAsString());
        assertThat(form)
                .containsEntry("gubun", "I")
                .containsEntry("rev_info_yn", "Y")
                .containsEntry("rev_info_time", "1030")
                .doesNotContainKey("order_no");
        assertThat(issued.pin()).isEqualTo("900343630367");
        assertThat(issued.imageUrl()).isEqualTo("http://t.giftishow.co.kr/mms_90012345678_01.jpg");
        assertThat(issued.toString()).doesNotContain("900343630367").doesNotContain("mms_90012345678");
    }

    @Test
    void shouldResendAtGiftishowByTheChannelAskedFor() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/resend"))
                .willReturn(aResponse().withBody(Samples.text("giftishow/0203-resend.json"))));

        registry.issuer("giftishow")
                .orElseThrow()
                .resend(CouponRef.byTransaction("svc_20261122_00000001"), ResendChannel.SMS)
                .await()
                .atMost(WAIT);

        assertThat(WireRequests.fields(WireRequests.single(wireMock).getBodyAsString()))
                .containsEntry("tr_id", "svc_20261122_00000001")
                .containsEntry("sms_flag", "Y");
    }

    @Test
    void shouldNameTheRequestFieldEachBrokenGiftishowRuleIsAbout() {
        Instant now = Instant.parse("2026-11-22T01:00:00Z");
        IssueCouponRequest request = new IssueCouponRequest(
                "svc_20261122_00000001",
                "G00000280811",
                "01012345678",
                "0212345678",
                "열 글자를 넘는 제목입니다",
                "메시지",
                IssueCouponRequest.Delivery.PIN,
                now.plusSeconds(60));

        var problems = registry.issuer("giftishow").orElseThrow().validate(request, now);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("title", "scheduledAt");
        assertThat(problems.get(0).message()).isEqualTo("mms_title must be 1-10 characters");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldNameTheRequestFieldOfAGiftLetterByteLimit() {
        IssueCouponRequest request = new IssueCouponRequest(
                "co-20261122-0001", "G00001", "01012345678", "0212345678", "가".repeat(14), "선물이 왔어요");

        var problems = registry.issuer("giftletter").orElseThrow().validate(request, Instant.now());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("40 bytes");
        });
    }

    @Test
    void shouldRefuseABarcodeImageOrAScheduledSendAtGiftLetterBeforeAnyCall() {
        CouponIssuer giftletter = registry.issuer("giftletter").orElseThrow();
        Instant now = Instant.parse("2026-11-22T01:00:00Z");
        IssueCouponRequest barcode = new IssueCouponRequest(
                "co-1",
                "G00001",
                "01012345678",
                "0212345678",
                "선물",
                "메시지",
                IssueCouponRequest.Delivery.BARCODE_IMAGE,
                null);
        IssueCouponRequest scheduled = new IssueCouponRequest(
                "co-1",
                "G00001",
                "01012345678",
                "0212345678",
                "선물",
                "메시지",
                IssueCouponRequest.Delivery.MMS,
                now.plusSeconds(3600));

        assertThat(giftletter.validate(barcode, now))
                .extracting(FieldProblem::field)
                .containsExactly("delivery");
        assertThat(giftletter.validate(scheduled, now))
                .extracting(FieldProblem::field)
                .containsExactly("scheduledAt");
        Throwable failure =
                catchThrowable(() -> giftletter.issue(barcode).await().atMost(WAIT));
        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldSayWhetherASendWithoutAnAnswerCanBeFoundAgain() {
        // Giftishow: cancel with the same tr_id (§8); GiftLetter: only by the order_id the lost answer carried
        assertThat(registry.issuer("giftishow").orElseThrow().canFindLostSend(CouponRef.byTransaction("svc_1")))
                .isTrue();
        assertThat(registry.issuer("giftletter").orElseThrow().canFindLostSend(CouponRef.byTransaction("co-1")))
                .isFalse();
        assertThat(registry.issuer("giftletter").orElseThrow().canFindLostSend(CouponRef.byOrder("BU4S12R1604001")))
                .isTrue();
        assertThat(registry.issuer("coufun").orElseThrow().canFindLostSend(CouponRef.byTransaction("t")))
                .isFalse();
    }

    @Test
    void shouldReadGiftLetterRedemptions() {
        wireMock.stubFor(get(urlPathEqualTo("/giftletter-admin/mn_compare/ExchangeDaily.aspx"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/plain; charset=UTF-8")
                        .withBody(Samples.bytes("giftletter/exchange-daily.txt"))));

        var redemptions = registry.redemptionLog("giftletter")
                .orElseThrow()
                .redemptions(LocalDate.of(2015, 2, 21))
                .await()
                .atMost(WAIT);

        assertThat(redemptions).hasSize(10);
        assertThat(redemptions.get(0).branch()).isEqualTo("광주영주");
    }

    @Test
    void shouldCancelAtCoufunByProductAndPin() {
        wireMock.stubFor(post(urlEqualTo("/coufun/b2c_api/coufunPartCancel.do"))
                .willReturn(aResponse().withBody(Samples.bytes("coufun/cancel-ok.xml"))));

        CancelOutcome outcome = registry.issuer("coufun")
                .orElseThrow()
                .cancel(CouponRef.byPin("G000000001", "ABC1234567890"))
                .await()
                .atMost(WAIT);

        assertThat(outcome).isEqualTo(CancelOutcome.CANCELLED);
    }

    @Test
    void shouldFailWhatAProviderDoesNotSupport() {
        assertUnsupported(registry.issuer("coufun")
                .orElseThrow()
                .issue(new IssueCouponRequest("t", "p", "01012345678", "0212345678", "t", "m")));
        assertUnsupported(registry.issuer("coufun").orElseThrow().status(CouponRef.byPin("p", "b")));
        assertUnsupported(registry.issuer("coufun").orElseThrow().resend(CouponRef.byPin("p", "b"), ResendChannel.MMS));
        assertUnsupported(Uni.createFrom()
                .item(() -> registry.issuer("coufun")
                        .orElseThrow()
                        .validate(
                                new IssueCouponRequest("t", "p", "01012345678", "0212345678", "t", "m"),
                                Instant.now())));
        assertUnsupported(registry.catalog("giftletter").orElseThrow().products(1, 20));
        assertUnsupported(registry.catalog("giftletter").orElseThrow().brands());
        assertUnsupported(registry.catalog("giftishow").orElseThrow().productsOfBrand("BR00046"));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    private static void assertUnsupported(Uni<?> call) {
        Throwable failure = catchThrowable(() -> call.await().atMost(WAIT));
        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
    }
}
