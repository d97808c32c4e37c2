package io.gifticon.settlement;

import static io.gifticon.settlement.support.CouponEventMother.issued;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.gifticon.settlement.service.ReportService;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.DatabaseProxy;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL taken away (the app's pool reaches it through a proxy the test cuts, as in a restart: connections
 * dropped, new ones refused) and given back. What it rules out:
 * - a coupon-events record consumed during the outage dead-lettered instead of applied once the database is back;
 * - a daily job (report.ready) that met the outage lost for its day (its claim and its event commit together, and
 *   it is repeated until the database answers);
 * - a request during the outage answered with anything but a problem.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class DatabaseOutageTest {
    @Inject
    MeterRegistry metrics;

    @Inject
    ReportService reports;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @AfterEach
    void restore() {
        SettlementTestResources.database().restore();
    }

    @Test
    void shouldApplyACouponEventConsumedDuringAnOutageOnceTheDatabaseIsBack() {
        DatabaseProxy database = SettlementTestResources.database();
        long debitsBefore = LedgerTest.ledger("giftletter").getLong("debits");
        double outagesBefore = outages("coupon-events");
        String couponId = UUID.randomUUID().toString();
        try (TopicWatcher dlq = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, SettlementTestResources.dlqTopic())) {
            database.cut();
            send(couponId, issued(couponId, "giftletter", 3_300, Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> outages("coupon-events") > outagesBefore);
            given().queryParam("provider", "giftletter")
                    .get("/api/v1/settlement/ledger")
                    .then()
                    .statusCode(greaterThanOrEqualTo(500))
                    .contentType("application/problem+json");
            database.restore();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(LedgerTest.ledger("giftletter").getLong("debits") - debitsBefore)
                                    .isEqualTo(3_300));
            assertThat(dlq.records(r -> couponId.equals(r.key()))).isEmpty();
        }
    }

    @Test
    void shouldAnnounceADayClosedDuringAnOutageOnceTheDatabaseIsBack() throws Exception {
        DatabaseProxy database = SettlementTestResources.database();
        LocalDate day = LocalDate.of(2001, 1, 1)
                .plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3_000));
        double outagesBefore = outages("daily-job");
        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            database.cut();
            CompletableFuture<Void> job = reports.announceOnce(day).subscribeAsCompletionStage();

            await().atMost(Duration.ofSeconds(60)).until(() -> outages("daily-job") > outagesBefore);
            assertThat(job).isNotDone();
            database.restore();

            job.get(60, java.util.concurrent.TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !events.records(r -> ("report:" + day).equals(r.key()))
                            .isEmpty());
            // once per day: the schedule firing again (another replica, a retry) announces nothing more
            reports.announceOnce(day).await().atMost(Duration.ofSeconds(30));
            assertThat(pool.preparedQuery("select count(*) from outbox_event where event_key = $1")
                            .execute(io.vertx.mutiny.sqlclient.Tuple.of("report:" + day))
                            .await()
                            .atMost(Duration.ofSeconds(10))
                            .iterator()
                            .next()
                            .getLong(0))
                    .isEqualTo(1);
        }
    }

    private double outages(String work) {
        var counter =
                metrics.find("settlement.transient.failures").tag("work", work).counter();
        return counter == null ? 0 : counter.count();
    }
}
