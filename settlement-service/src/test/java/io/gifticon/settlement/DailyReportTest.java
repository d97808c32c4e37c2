package io.gifticon.settlement;

import static io.gifticon.settlement.support.CouponEventMother.cancelled;
import static io.gifticon.settlement.support.CouponEventMother.issued;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gifticon.settlement.service.ReportService;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class DailyReportTest {
    // 2025-03-10 12:00 in Seoul
    private static final Instant NOON = Instant.parse("2025-03-10T03:00:00Z");

    @Test
    void shouldReportIssuedCancelledAndNetCostPerProviderAsJsonAndCsv() {
        String kept = UUID.randomUUID().toString();
        String undone = UUID.randomUUID().toString();
        send(kept, issued(kept, "giftishow", 1_000, NOON));
        send(undone, issued(undone, "giftishow", 2_000, NOON));
        send(undone, cancelled(undone, "giftishow", NOON.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().queryParam("date", "2025-03-10")
                        .get("/api/v1/settlement/reports/daily")
                        .then()
                        .statusCode(200)
                        .body("date", equalTo("2025-03-10"))
                        .body("providers.find { it.provider == 'giftishow' }.issuedCount", equalTo(2))
                        .body("providers.find { it.provider == 'giftishow' }.issuedCost", equalTo(3_000))
                        .body("providers.find { it.provider == 'giftishow' }.cancelledCount", equalTo(1))
                        .body("providers.find { it.provider == 'giftishow' }.cancelledCost", equalTo(2_000))
                        .body("providers.find { it.provider == 'giftishow' }.outstanding", equalTo(1))
                        .body("providers.find { it.provider == 'giftishow' }.netCost", equalTo(1_000)));

        String csv = given().accept("text/csv")
                .queryParam("date", "2025-03-10")
                .get("/api/v1/settlement/reports/daily")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("date,provider,issued_count,issued_cost");
        assertThat(csv).contains("2025-03-10,giftishow,2,3000,1,2000,0,0,1,1000,0");
    }

    @Inject
    ReportService reports;

    @Test
    void shouldAnnounceReportReadyWhenADayCloses() throws Throwable {
        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            VertxContextSupport.subscribeAndAwait(() -> reports.announce(LocalDate.parse("2025-03-11")));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !events.records(r -> "report:2025-03-11".equals(r.key())
                                    && r.value().contains("\"report.ready\""))
                            .isEmpty());
        }
    }

    @Test
    void shouldRejectMissingOrMalformedDate() {
        given().get("/api/v1/settlement/reports/daily").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("date", "2025-13-40")
                .get("/api/v1/settlement/reports/daily")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        given().accept("text/csv")
                .queryParam("date", "10/03/2025")
                .get("/api/v1/settlement/reports/daily")
                .then()
                .statusCode(400);
    }
}
