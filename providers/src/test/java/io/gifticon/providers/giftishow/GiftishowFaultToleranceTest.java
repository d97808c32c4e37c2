package io.gifticon.providers.giftishow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.providers.ProviderWireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** giftishow-biz-api.txt §8 and §6: a send is never repeated; a cancel is, and "already cancelled" is success. */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftishowFaultToleranceTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    WireMockServer wireMock;

    @Inject
    GiftishowClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    @Test
    void shouldNotRetryASendThatTimedOut() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .willReturn(aResponse()
                        .withFixedDelay(ProviderWireMock.SHORT_TIMEOUT_MS * 3)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"code\":\"0000\",\"result\":{\"code\":\"0000\",\"result\":{\"orderNo\":\"1\"}}}")));
        GiftishowSendRequest request = new GiftishowSendRequest(
                "svc_20261122_00000001",
                "G00000280811",
                "01012345678",
                "0212345678",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);

        Throwable failure = catchThrowable(() -> client.send(request).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(TimeoutException.class);
        assertThat(ProviderFailures.classify(GiftishowCodes.PROVIDER, failure).outcomeUnknown())
                .isTrue();
        Thread.sleep(ProviderWireMock.SHORT_TIMEOUT_MS); // long enough for a retry to have shown up
        wireMock.verify(1, postRequestedFor(urlEqualTo("/bizApi/send")));
    }

    @Test
    void shouldRetryACancelThatTimedOutAndTakeAlreadyCancelledAsSuccess() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .inScenario("lost reply")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withFixedDelay(ProviderWireMock.SHORT_TIMEOUT_MS * 3)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\",\"message\":\"정상처리 되었습니다.\"}"))
                .willSetStateTo("cancelled"));
        wireMock.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .inScenario("lost reply")
                .whenScenarioStateIs("cancelled")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"ERR0808\",\"message\":\"이미 취소된 쿠폰\"}")));

        GiftishowCancelResult result =
                client.cancel("svc_20261122_00000001").await().atMost(WAIT);

        assertThat(result).isEqualTo(GiftishowCancelResult.ALREADY_CANCELLED);
        wireMock.verify(2, postRequestedFor(urlEqualTo("/bizApi/cancel")));
    }

    @Test
    void shouldTakeCouponAlreadyCancelledAsSuccess() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"COUPON.0008\",\"message\":\"이미 취소된 쿠폰입니다.\"}")));

        assertThat(client.cancel("svc_1").await().atMost(WAIT)).isEqualTo(GiftishowCancelResult.ALREADY_CANCELLED);
        wireMock.verify(1, postRequestedFor(urlEqualTo("/bizApi/cancel")));
    }

    @Test
    void shouldGiveUpACancelAfterThreeRetriesAndLeaveTheBulkheadFree() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .withRequestBody(containing("tr_id=svc_lost"))
                .willReturn(aResponse()
                        .withFixedDelay(ProviderWireMock.SHORT_TIMEOUT_MS * 3)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\"}")));
        wireMock.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .withRequestBody(containing("tr_id=svc_next"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\"}")));

        Throwable failure =
                catchThrowable(() -> client.cancel("svc_lost").await().atMost(Duration.ofSeconds(30)));

        assertThat(failure).isInstanceOf(TimeoutException.class);
        wireMock.verify(4, postRequestedFor(urlEqualTo("/bizApi/cancel")).withRequestBody(containing("svc_lost")));
        // the single permit of §6 "one cancel at a time" is not held by the abandoned exchanges: were it held, this
        // cancel would fail with the client's own timeout; the await is only a generous wall-clock guard
        assertThat(client.cancel("svc_next").await().atMost(Duration.ofSeconds(30)))
                .isEqualTo(GiftishowCancelResult.CANCELLED);
    }
}
