package io.gifticon.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.settlement.service.RetentionService;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention (settlement.retention.*, defaults 45 d processed events, 7 d claims, 400 d reconciliations): old rows of
 * processed work go, fresh ones stay, the newest snapshot of a provider stays whatever its age, a reconciliation left
 * PENDING is closed as FAILED, and money is not touched.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class RetentionTest {
    @Inject
    Pool database;

    @Inject
    RetentionService retention;

    @Test
    void shouldPruneOldRowsOfProcessedWorkAndKeepFreshOnes() {
        Instant now = Instant.now();
        String oldEvent = UUID.randomUUID().toString();
        String freshEvent = UUID.randomUUID().toString();
        sql(
                "insert into processed_event (event_id, event_type, processed_at) values ($1, 'coupon.issued', $2)",
                oldEvent,
                at(now.minus(46, ChronoUnit.DAYS)));
        sql(
                "insert into processed_event (event_id, event_type, processed_at) values ($1, 'coupon.issued', $2)",
                freshEvent,
                at(now.minus(44, ChronoUnit.DAYS)));
        String job = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        sql(
                "insert into schedule_claim (job, slot, claimed_at) values ($1, 'old', $2)",
                job,
                at(now.minus(8, ChronoUnit.DAYS)));
        sql(
                "insert into schedule_claim (job, slot, claimed_at) values ($1, 'fresh', $2)",
                job,
                at(now.minus(6, ChronoUnit.DAYS)));
        String provider = "rt" + UUID.randomUUID().toString().substring(0, 8);
        UUID oldReconciliation = reconciliation(provider, "RECONCILED", now.minus(401, ChronoUnit.DAYS));
        UUID freshReconciliation = reconciliation(provider, "RECONCILED", now.minus(399, ChronoUnit.DAYS));
        UUID stuck = reconciliation(provider, "PENDING", now.minus(2, ChronoUnit.HOURS));
        UUID running = reconciliation(provider, "PENDING", now.minus(1, ChronoUnit.MINUTES));
        snapshot(provider, 1_000, now.minus(500, ChronoUnit.DAYS));
        snapshot(provider, 2_000, now.minus(450, ChronoUnit.DAYS)); // old, but the newest: the baseline
        String otherProvider = "rt" + UUID.randomUUID().toString().substring(0, 8);
        snapshot(otherProvider, 5_000, now.minus(402, ChronoUnit.DAYS));
        snapshot(otherProvider, 6_000, now.minus(1, ChronoUnit.DAYS));
        String coupon = UUID.randomUUID().toString();
        sql(
                "insert into ledger_entry (event_id, coupon_id, provider, entry_type, amount, occurred_at, recorded_at) "
                        + "values ($1, $2, 'giftletter', 'ISSUE', -100, $3, $3)",
                UUID.randomUUID().toString(),
                coupon,
                at(now.minus(1000, ChronoUnit.DAYS)));

        RetentionService.Pruned pruned = retention.prune(now).await().atMost(Duration.ofSeconds(60));

        assertThat(pruned.deleted().get("processed_event")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from processed_event where event_id = $1", oldEvent))
                .isZero();
        assertThat(count("select count(*) from processed_event where event_id = $1", freshEvent))
                .isOne();
        assertThat(count("select count(*) from schedule_claim where job = $1 and slot = 'old'", job))
                .isZero();
        assertThat(count("select count(*) from schedule_claim where job = $1 and slot = 'fresh'", job))
                .isOne();
        assertThat(count("select count(*) from reconciliation where id = $1", oldReconciliation))
                .isZero();
        assertThat(count("select count(*) from reconciliation where id = $1", freshReconciliation))
                .isOne();
        assertThat(status(stuck)).isEqualTo("FAILED");
        assertThat(status(running)).isEqualTo("PENDING");
        assertThat(count("select count(*) from balance_snapshot where provider = $1", provider))
                .isOne();
        assertThat(count("select observed from balance_snapshot where provider = $1", provider))
                .isEqualTo(2_000);
        assertThat(count("select count(*) from balance_snapshot where provider = $1", otherProvider))
                .isOne();
        assertThat(count("select count(*) from ledger_entry where coupon_id = $1", coupon))
                .isOne();
    }

    @Test
    void shouldWorkOffABacklogInBatches() {
        Instant now = Instant.now();
        String type = "retention.batch." + UUID.randomUUID().toString().substring(0, 8);
        // more rows than one statement deletes (batch-size 5000)
        sql(
                "insert into processed_event (event_id, event_type, processed_at) select gen_random_uuid()::text, $1, $2 "
                        + "from generate_series(1, 12000)",
                type,
                at(now.minus(60, ChronoUnit.DAYS)));

        retention.prune(now).await().atMost(Duration.ofSeconds(120));

        assertThat(count("select count(*) from processed_event where event_type = $1", type))
                .isZero();
    }

    private UUID reconciliation(String provider, String status, Instant requested) {
        UUID id = UUID.randomUUID();
        sql(
                "insert into reconciliation (id, provider, status, requested_at) values ($1, $2, $3, $4)",
                id,
                provider,
                status,
                at(requested));
        return id;
    }

    private void snapshot(String provider, long observed, Instant at) {
        sql(
                "insert into balance_snapshot (provider, observed, observed_at) values ($1, $2, $3)",
                provider,
                observed,
                at(at));
    }

    private String status(UUID reconciliation) {
        return database.preparedQuery("select status from reconciliation where id = $1")
                .execute(Tuple.of(reconciliation))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getString(0);
    }

    private long count(String query, Object arg) {
        return database.preparedQuery(query)
                .execute(Tuple.of(arg))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }

    private void sql(String statement, Object... args) {
        database.preparedQuery(statement).execute(Tuple.from(args)).await().atMost(Duration.ofSeconds(30));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
