package io.gifticon.providers.coufun;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** COUFUN cancel on the wire (coufun-cancel.md §4–§6) and the unspecified operations. */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class CoufunClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PATH = "/coufun/b2c_api/coufunPartCancel.do";

    WireMockServer wireMock;

    @Inject
    CoufunClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    private void reply(byte[] body) {
        // the header says UTF-8; the body is EUC-KR as its prolog declares: the prolog must win
        wireMock.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/xml; charset=UTF-8")
                        .withBody(body)));
    }

    @Test
    void shouldPostTheThreeFieldsAndReadTheSuccess() {
        reply(Samples.bytes("coufun/cancel-ok.xml"));

        CoufunCancelResult result =
                client.cancel("G000000001", "ABC1234567890").await().atMost(WAIT);

        LoggedRequest request = WireRequests.single(wireMock);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(PATH);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(WireRequests.fields(request.getBodyAsString()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("POC_ID", "TESTPOC", "GOODS_ID", "G000000001", "BARCODE_NUM", "ABC1234567890"));
        assertThat(result.alreadyCancelled()).isFalse();
        assertThat(result.barcodeNum()).isEqualTo("ABC1234567890");
    }

    @Test
    void shouldMapAFailureDecodedFromEucKr() {
        reply(CoufunReplyTest.eucKrReply("17", "사용된 쿠폰", "ABC1234567890"));

        Throwable failure = catchThrowable(
                () -> client.cancel("G000000001", "ABC1234567890").await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.ALREADY_REDEEMED);
        assertThat(((ProviderException) failure).error().providerMessage()).isEqualTo("사용된 쿠폰");
        wireMock.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldRetryASystemErrorAndTakeAlreadyCancelledAsSuccess() {
        wireMock.stubFor(post(urlEqualTo(PATH))
                .inScenario("c")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withBody(Samples.bytes("coufun/cancel-fail.xml")))
                .willSetStateTo("again"));
        wireMock.stubFor(post(urlEqualTo(PATH))
                .inScenario("c")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withBody(CoufunReplyTest.eucKrReply("18", "취소된 쿠폰", null))));

        CoufunCancelResult result =
                client.cancel("G000000001", "ABC1234567890").await().atMost(WAIT);

        assertThat(result.alreadyCancelled()).isTrue();
        assertThat(result.message()).isEqualTo("취소된 쿠폰");
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldCheckByteLimitsBeforeCalling() {
        Throwable failure = catchThrowable(
                () -> client.cancel("상품아이디1", "1".repeat(31)).await().atMost(WAIT));

        assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(failure.getMessage()).contains("GOODS_ID", "BARCODE_NUM");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldFailEveryUnspecifiedOperationAsUnsupported() {
        List<Supplier<Uni<Void>>> calls = List.of(
                client::productList,
                () -> client.productInfo("G1"),
                () -> client.send("G1", "tr", "01012345678"),
                () -> client.create("G1", "tr"),
                () -> client.resend("B1"),
                () -> client.changeRecipient("B1", "01012345678"),
                () -> client.status("B1"),
                () -> client.image("B1"));
        for (Supplier<Uni<Void>> call : calls) {
            Throwable failure = catchThrowable(() -> call.get().await().atMost(WAIT));
            assertThat(((ProviderException) failure).error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(failure.getMessage()).contains("not specified");
        }
        assertThat(wireMock.getAllServeEvents()).isEmpty();
        assertThat(CoufunOperation.values())
                .filteredOn(CoufunOperation::supported)
                .containsExactly(CoufunOperation.CANCEL);
    }
}
