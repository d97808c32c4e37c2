package io.gifticon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.catalog.service.RetentionService;
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
 * Retention (catalog.retention.*, defaults 45 d consumed events, 90 d finished sync runs): old rows of processed
 * work go (a run with its provider rows), fresh ones stay, a backlog larger than one batch is worked off.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class RetentionTest {
    @Inject
    Pool database;

    @Inject
    RetentionService retention;

    @Test
    void shouldPruneOldConsumedEventsAndFinishedRunsAndKeepFreshOnes() {
        Instant now = Instant.now();
        String oldEvent = UUID.randomUUID().toString();
        String freshEvent = UUID.randomUUID().toString();
        sql(
                "insert into consumed_event (event_id, consumed_at) values ($1, $2)",
                oldEvent,
                at(now.minus(46, ChronoUnit.DAYS)));
        sql(
                "insert into consumed_event (event_id, consumed_at) values ($1, $2)",
                freshEvent,
                at(now.minus(44, ChronoUnit.DAYS)));
        UUID oldRun = run(now.minus(91, ChronoUnit.DAYS));
        UUID freshRun = run(now.minus(89, ChronoUnit.DAYS));

        retention.prune(now).await().atMost(Duration.ofSeconds(60));

        assertThat(count("select count(*) from consumed_event where event_id = $1", oldEvent))
                .isZero();
        assertThat(count("select count(*) from consumed_event where event_id = $1", freshEvent))
                .isOne();
        assertThat(count("select count(*) from sync_run where id = $1", oldRun)).isZero();
        assertThat(count("select count(*) from sync_provider where run_id = $1", oldRun))
                .isZero();
        assertThat(count("select count(*) from sync_run where id = $1", freshRun))
                .isOne();
        assertThat(count("select count(*) from sync_provider where run_id = $1", freshRun))
                .isEqualTo(2);
    }

    @Test
    void shouldWorkOffABacklogInBatches() {
        Instant now = Instant.now();
        String prefix = "retention-" + UUID.randomUUID() + "-";
        // more rows than one statement deletes (batch-size 5000)
        sql(
                "insert into consumed_event (event_id, consumed_at) select $1 || g, $2 from generate_series(1, 12000) g",
                prefix,
                at(now.minus(60, ChronoUnit.DAYS)));

        retention.prune(now).await().atMost(Duration.ofSeconds(120));

        assertThat(count("select count(*) from consumed_event where event_id like $1", prefix + "%"))
                .isZero();
    }

    private UUID run(Instant finished) {
        UUID id = UUID.randomUUID();
        sql(
                "insert into sync_run (id, trigger, status, started_at, heartbeat_at, finished_at) "
                        + "values ($1, 'MANUAL', 'SUCCEEDED', $2, $2, $2)",
                id,
                at(finished));
        for (String provider : new String[] {"giftishow", "giftletter"}) {
            sql("insert into sync_provider (run_id, provider, status) values ($1, $2, 'SUCCEEDED')", id, provider);
        }
        return id;
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
