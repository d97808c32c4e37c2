package io.gifticon.catalog.service;

import static io.gifticon.catalog.Providers.goods;
import static io.gifticon.catalog.Providers.uniqueCode;
import static io.gifticon.catalog.Syncs.awaitFinished;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.catalog.ProviderStub;
import io.gifticon.catalog.Providers;
import io.gifticon.catalog.config.CatalogRetriesConfig;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class SyncScheduleTest {

    WireMockServer providers;

    @Inject
    CatalogSyncService syncs;

    @Inject
    CatalogRetriesConfig retries;

    @Test
    void shouldNotFailTheNightlyFireOfAReplicaWhoseRunAnotherReplicaStarted() throws Throwable {
        Providers.world(providers, List.of(goods(uniqueCode(), "자몽 에이드 T", "스타벅스", 5900, 5540, "SALE")));
        // a fire time of its own (the schedule key is unique in the test database across runs)
        Instant fired = Instant.parse("2001-01-01T03:00:00Z")
                .plus(ThreadLocalRandom.current().nextLong(10_000_000), ChronoUnit.MINUTES);
        // another replica fired first and ran it
        awaitFinished(VertxContextSupport.subscribeAndAwait(() -> syncs.start("SCHEDULED", null, "scheduled:" + fired))
                .toString());
        SyncSchedule thisReplica = new SyncSchedule(syncs, retries, new SimpleMeterRegistry());

        assertThatCode(() -> VertxContextSupport.subscribeAndAwait(() -> thisReplica.nightly(at(fired))))
                .doesNotThrowAnyException();
    }

    private static ScheduledExecution at(Instant fireTime) {
        return new ScheduledExecution() {
            @Override
            public Trigger getTrigger() {
                return null;
            }

            @Override
            public Instant getFireTime() {
                return fireTime;
            }

            @Override
            public Instant getScheduledFireTime() {
                return fireTime;
            }
        };
    }
}
