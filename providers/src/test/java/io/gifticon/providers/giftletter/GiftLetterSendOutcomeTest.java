package io.gifticon.providers.giftletter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderFailures;
import io.gifticon.providers.ProviderWireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * giftletter-b2c.txt §3.2: SendEPin answers {@code rstCode} ("0" 성공, otherwise a code of §11). A reply without
 * rstCode, with a code §11 does not list, or unreadable, says nothing definite: the PIN may exist (unknown
 * outcome); only a listed code is a refusal.
 */
@QuarkusTest
@QuarkusTestResource(ProviderWireMock.class)
class GiftLetterSendOutcomeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

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

    private ProviderFailures.Classified sendAnswered(String body) {
        wireMock.stubFor(get(urlPathEqualTo("/giftletter/SendEPin"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(body)));
        var request = new GiftLetterSendRequest(
                "G00001", "선물 도착", "커피 한 잔 보내요", "01012345678", "15880108", "co-20261122-0009", null);
        Throwable failure =
                catchThrowable(() -> client.sendEPin(request).await().atMost(WAIT));
        assertThat(failure).as("the send must not succeed").isNotNull();
        return ProviderFailures.classify(GiftLetterCodes.PROVIDER, failure);
    }

    @Test
    void shouldTakeAReplyWithoutRstCodeAsUnknown() {
        assertThat(sendAnswered("{\"rstMsg\":\"\",\"epin\":\"\",\"order_id\":\"\"}")
                        .outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldTakeACodeMissingFromSection11AsUnknown() {
        assertThat(sendAnswered("{\"rstCode\":\"Z900\",\"rstMsg\":\"?\"}").outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldTakeAnUnreadableReplyAsUnknown() {
        assertThat(sendAnswered("epin=1234").outcomeUnknown()).isTrue();
    }

    @Test
    void shouldTakeAListedCodeAsARefusal() {
        // §11: E311 EPIN 생성실패
        var classified = sendAnswered("{\"rstCode\":\"E311\",\"rstMsg\":\"EPIN 생성실패\"}");

        assertThat(classified.outcomeUnknown()).isFalse();
        assertThat(classified.error().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
    }
}
