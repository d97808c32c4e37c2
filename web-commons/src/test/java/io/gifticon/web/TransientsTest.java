package io.gifticon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientsTest {

    @Test
    void shouldWaitOutARefusedConnectionEvenWhenWrapped() {
        assertThat(Transients.isTransient(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void shouldWaitOutAnyOtherInputOutputFailure() {
        assertThat(Transients.isTransient(new IOException("stream closed"))).isTrue();
    }

    @Test
    void shouldNotRetryADocumentThatCannotBeRead() {
        assertThat(Transients.isTransient(new RuntimeException(new JsonParseException(null, "unexpected token"))))
                .isFalse();
    }

    @Test
    void shouldNotRetryABug() {
        assertThat(Transients.isTransient(new IllegalStateException("no such state")))
                .isFalse();
    }

    @Test
    void shouldRepeatWorkThatMetAnOutageAndCountEachAttempt() {
        Counter failures = Transients.counter(new SimpleMeterRegistry(), "test", "work");
        AtomicInteger attempts = new AtomicInteger();

        String result = Transients.retried(
                        () -> attempts.incrementAndGet() < 3
                                ? Uni.createFrom().failure(new ConnectException("refused"))
                                : Uni.createFrom().item("done"),
                        Duration.ofSeconds(30),
                        failures)
                .await()
                .atMost(Duration.ofSeconds(30));

        assertThat(result).isEqualTo("done");
        assertThat(failures.count()).isEqualTo(2);
    }

    @Test
    void shouldGiveUpAtOnceOnAFailureThatIsNotTransient() {
        Counter failures = Transients.counter(new SimpleMeterRegistry(), "test", "work");
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> Transients.<String>retried(
                                () -> {
                                    attempts.incrementAndGet();
                                    return Uni.createFrom().failure(new IllegalArgumentException("bad"));
                                },
                                Duration.ofSeconds(30),
                                failures)
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
        assertThat(failures.count()).isZero();
    }
}
