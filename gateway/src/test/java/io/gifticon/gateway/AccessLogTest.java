package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class AccessLogTest {
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger access = Logger.getLogger("io.gifticon.gateway.access");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            ext.copyMdc();
            records.add(ext);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        access.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        access.removeHandler(capture);
    }

    @Test
    void shouldLogOneAccessLineWithRequestIdAndWithoutKeyOrQuery() {
        given().header("X-Api-Key", "demo-local-key")
                .header("X-Request-Id", "req-access-1")
                .queryParam("recipientPhone", "01098765432")
                .get("/api/v1/coupons");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> records.stream().anyMatch(r -> "req-access-1".equals(r.getMdc("requestId"))));
        ExtLogRecord line = records.stream()
                .filter(r -> "req-access-1".equals(r.getMdc("requestId")))
                .findFirst()
                .orElseThrow();
        String message = line.getFormattedMessage();
        // the status is the stub's (or 504 on a loaded machine): this test is about the line's fields
        assertThat(message)
                .matches("GET /api/v1/coupons \\d{3} \\d+ms .*")
                .contains("client=demo")
                .contains("requestId=req-access-1")
                .doesNotContain("01098765432")
                .doesNotContain("demo-local-key");
    }
}
