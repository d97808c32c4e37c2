package io.gifticon.providers.giftishow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.providers.ProviderOutageException;
import io.gifticon.providers.ProviderWireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The send breaker tells loss from outage (issue 13): lost replies — a reset after the request was sent, no reply
 * in time — are not evidence that Giftishow is down; HTTP 5xx are, and enough of them open the breaker, which
 * closes again once Giftishow answers. Thresholds: META-INF/microprofile-config.properties (send: 40 calls, 50 %).
 */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftishowBreakerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ISSUED = "{\"code\":\"0000\",\"message\":null,\"result\":{\"code\":\"0000\","
            + "\"message\":null,\"result\":{\"orderNo\":\"20261122000001\",\"pinNo\":\"900343630367\"}}}";

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

    private static GiftishowSendRequest send(int n) {
        return new GiftishowSendRequest(
                "brk_20261122_%08d".formatted(n),
                "G00000280811",
                "01012345678",
                "15880108",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);
    }

    @Test
    void shouldKeepTheSendBreakerClosedWhenTenPercentOfRepliesAreLost() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(ISSUED)));
        // every tenth send is processed and its reply lost: the connection is reset after the request was read
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .atPriority(1)
                .withRequestBody(containing("tr_id=lost_"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        int lost = 0;
        for (int n = 1; n <= 200; n++) {
            int i = n;
            GiftishowSendRequest request = n % 10 == 0 ? lostSend(n) : send(n);
            Throwable failure =
                    catchThrowable(() -> client.send(request).await().atMost(WAIT));
            if (failure != null) {
                lost++;
                assertThat(failure)
                        .as("send %d", i)
                        .isNotInstanceOf(CircuitBreakerOpenException.class)
                        .isNotInstanceOf(ProviderOutageException.class);
                assertThat(ProviderFailures.classify(GiftishowCodes.PROVIDER, failure)
                                .outcomeUnknown())
                        .isTrue();
            }
        }

        assertThat(lost).isEqualTo(20);
        assertThat(breakers.currentState("giftishow-send")).isEqualTo(CircuitBreakerState.CLOSED);
        wireMock.verify(200, postRequestedFor(urlEqualTo("/bizApi/send")));
    }

    private static GiftishowSendRequest lostSend(int n) {
        return new GiftishowSendRequest(
                "lost_20261122_%08d".formatted(n),
                "G00000280811",
                "01012345678",
                "15880108",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);
    }

    @Test
    void shouldOpenTheSendBreakerOnAnOutageAndCloseItWhenGiftishowAnswersAgain() {
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"503\",\"message\":\"Service Unavailable\"}")));
        int outages = 0;
        Throwable last = null;
        for (int n = 1; n <= 60 && !(last instanceof CircuitBreakerOpenException); n++) {
            GiftishowSendRequest request = send(n);
            last = catchThrowable(() -> client.send(request).await().atMost(WAIT));
            if (last instanceof ProviderOutageException) {
                outages++;
            }
        }

        // 40 calls make the window (requestVolumeThreshold); then the breaker refuses without calling
        assertThat(last).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(outages).isEqualTo(40);
        wireMock.verify(40, postRequestedFor(urlEqualTo("/bizApi/send")));

        wireMock.resetAll();
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(ISSUED)));
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> client.send(send(1000)).await().atMost(WAIT) != null);
        client.send(send(1001)).await().atMost(WAIT);
        client.send(send(1002)).await().atMost(WAIT);
        assertThat(breakers.currentState("giftishow-send")).isEqualTo(CircuitBreakerState.CLOSED);
    }
}
