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
import io.gifticon.providers.ProviderWireMock;
import io.gifticon.providers.Samples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
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
