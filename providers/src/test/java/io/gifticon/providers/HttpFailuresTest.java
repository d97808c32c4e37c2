package io.gifticon.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Which transport failures are outages (counted by breakers) and which are lost replies (outcome unknown). */
class HttpFailuresTest {

    @Test
    void shouldTakeARefusedConnectionAsAnOutageThatNeverReachedTheProvider() {
        var failure = HttpFailures.toProviderFailure(
                "giftishow", new jakarta.ws.rs.ProcessingException(new ConnectException("Connection refused")));

        assertThat(failure).isInstanceOf(ProviderOutageException.class);
        assertThat(ProviderFailures.classify("giftishow", failure).outcomeUnknown())
                .isFalse();
    }

    @Test
    void shouldTakeAnUnknownHostAsAnOutage() {
        var failure = HttpFailures.toProviderFailure("giftishow", new UnknownHostException("bizapi.giftishow.com"));

        assertThat(failure).isInstanceOf(ProviderOutageException.class);
        assertThat(ProviderFailures.classify("giftishow", failure).outcomeUnknown())
                .isFalse();
    }

    @Test
    void shouldTakeAConnectionClosedAfterSendingAsALostReplyNotAnOutage() {
        var failure = HttpFailures.toProviderFailure(
                "giftishow", new jakarta.ws.rs.ProcessingException(new VertxException("Connection was closed")));

        assertThat(failure)
                .isInstanceOf(ProviderUnavailableException.class)
                .isNotInstanceOf(ProviderOutageException.class);
        assertThat(ProviderFailures.classify("giftishow", failure).outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldTakeAnHttp5xxAsAnOutageThatMayHaveBeenProcessed() {
        var failure = HttpFailures.forStatus("giftletter", 502, null);

        assertThat(failure).isInstanceOf(ProviderOutageException.class);
        assertThat(ProviderFailures.classify("giftletter", failure).outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldTakeAnHttp4xxWithoutACodeAsAnUndocumentedAnswer() {
        var failure = HttpFailures.forStatus("giftletter", 400, null);

        assertThat(failure).isNotInstanceOf(ProviderUnavailableException.class);
        assertThat(ProviderFailures.classify("giftletter", failure).outcomeUnknown())
                .isTrue();
    }

    @Test
    void shouldNeverCopyAnUnreadableReplyIntoTheError() {
        var failure = HttpFailures.unreadable("giftletter", "{\"epin\":\"1234 5678 9012\"", null);

        assertThat(failure.getMessage()).doesNotContain("1234");
        assertThat(failure.error().providerMessage()).isEqualTo("unreadable reply");
    }

    @Test
    void shouldMaskEveryDigitOfALoggedExcerpt() {
        assertThat(HttpFailures.excerpt("PIN 900343630367 ok")).isEqualTo("PIN ************ ok");
        assertThat(HttpFailures.excerpt("x".repeat(300))).hasSize(HttpFailures.EXCERPT + 1);
    }
}
