package io.gifticon.providers.giftishow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.providers.ProviderOutageException;
import io.gifticon.providers.ProviderWireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A send whose outcome cannot be read is an unknown outcome (resolved like a lost reply: cancel with the same
 * tr_id, giftishow-biz-api.txt §8), never a definite failure and never a success. Only a documented code of 부록 1
 * read from the reply is a refusal. "HTTP status 와 별개로" (부록 1): the code decides, not the status — but an
 * error status whose body says 0000 decides nothing.
 */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftishowSendOutcomeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

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

    private void reply(int status, String body) {
        wireMock.stubFor(post(urlEqualTo("/bizApi/send"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(body)));
    }

    private ProviderFailures.Classified sendAndClassify() {
        var request = new GiftishowSendRequest(
                "out_20261122_00000001",
                "G00000280811",
                "01012345678",
                "0212345678",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);
        Throwable failure = catchThrowable(() -> client.send(request).await().atMost(WAIT));
        assertThat(failure).as("the send must not succeed").isNotNull();
        return ProviderFailures.classify(GiftishowCodes.PROVIDER, failure);
    }

    @Test
    void shouldTakeAnHttp400WhoseBodySaysSuccessAsUnknown() {
        reply(
                400,
                "{\"code\":\"0000\",\"message\":null,\"result\":{\"code\":\"0000\",\"result\":{\"orderNo\":\"1\"}}}");

        assertThat(sendAndClassify().outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeAnHttp400WithoutABodyAsUnknown() {
        reply(400, "");

        assertThat(sendAndClassify().outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeACodeMissingFromTheTableAsUnknown() {
        reply(200, "{\"code\":\"X9999\",\"message\":\"새 오류\"}");

        var classified = sendAndClassify();

        assertThat(classified.outcomeUnknown()).isTrue();
        assertThat(classified.error().providerCode()).isEqualTo("X9999");
    }

    @Test
    void shouldTakeAReplyWithoutACodeAsUnknown() {
        reply(200, "{\"message\":null,\"result\":{\"orderNo\":\"1\"}}");

        assertThat(sendAndClassify().outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeASuccessWithoutTheNestedResultAsUnknown() {
        // §8.5: both the outer and the nested code must say 0000
        reply(200, "{\"code\":\"0000\",\"message\":null,\"result\":null}");

        assertThat(sendAndClassify().outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeANumericCodeAsUnknown() {
        reply(200, "{\"code\":0,\"message\":null,\"result\":{\"code\":0,\"result\":{\"orderNo\":\"1\"}}}");

        assertThat(sendAndClassify().outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeAnUnparseableBodyAsUnknownWithoutCopyingIt() {
        reply(200, "<html><body>PIN 900343630367 sent</body></html>");

        var classified = sendAndClassify();

        assertThat(classified.outcomeUnknown()).isTrue();
        assertThat(classified.error().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
        assertThat(classified.error().providerMessage())
                .isEqualTo("unreadable reply")
                .doesNotContain("9003");
    }

    @Test
    void shouldTakeADocumentedRefusalAsDefinite() {
        // 부록 1: E0010 비즈머니 잔액이 부족합니다 — nothing was issued
        reply(200, "{\"code\":\"E0010\",\"message\":\"비즈머니 잔액이 부족합니다\"}");

        var classified = sendAndClassify();

        assertThat(classified.outcomeUnknown()).isFalse();
        assertThat(classified.error().code()).isEqualTo(ErrorCode.INSUFFICIENT_BALANCE);
    }

    @Test
    void shouldTakeADocumentedCodeInAnHttp4xxBodyAsDefinite() {
        reply(400, "{\"code\":\"ERR0401\",\"message\":\"요청한 제품이 없습니다\"}");

        var classified = sendAndClassify();

        assertThat(classified.outcomeUnknown()).isFalse();
        assertThat(classified.error().code()).isEqualTo(ErrorCode.PRODUCT_UNAVAILABLE);
    }

    @Test
    void shouldTakeAnHttp503AsAnOutageThatMayHaveBeenProcessed() {
        reply(503, "{\"code\":\"503\",\"message\":\"Service Unavailable\"}");
        var request = new GiftishowSendRequest(
                "out_20261122_00000002",
                "G00000280811",
                "01012345678",
                "0212345678",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);

        Throwable failure = catchThrowable(() -> client.send(request).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(ProviderOutageException.class);
        assertThat(ProviderFailures.classify(GiftishowCodes.PROVIDER, failure).outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldKeepTheProvidersTextOutOfTheExceptionMessage() {
        reply(200, "{\"code\":\"ERR0999\",\"message\":\"쿠폰발송오류 PIN 900343630367\"}");
        var request = new GiftishowSendRequest(
                "out_20261122_00000003",
                "G00000280811",
                "01012345678",
                "0212345678",
                "선물",
                "선물이 도착했어요",
                GiftishowDelivery.PIN,
                null,
                null);

        Throwable failure = catchThrowable(() -> client.send(request).await().atMost(WAIT));

        assertThat(failure).isInstanceOf(ProviderException.class);
        assertThat(failure.getMessage()).isEqualTo("giftishow PROVIDER_ERROR [ERR0999]");
    }
}
