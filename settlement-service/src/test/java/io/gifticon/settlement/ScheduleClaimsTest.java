package io.gifticon.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.settlement.repository.ScheduleClaims;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class ScheduleClaimsTest {

    @Inject
    ScheduleClaims claims;

    @Test
    void shouldLetExactlyOneOfManySimultaneousReplicasRunASlot() {
        String slot = UUID.randomUUID().toString().substring(0, 30);

        List<Boolean> results = Uni.join()
                .all(IntStream.range(0, 8)
                        .mapToObj(replica -> claims.claim("report-ready", slot))
                        .toList())
                .andFailFast()
                .await()
                .atMost(Duration.ofSeconds(10));

        assertThat(results).containsOnlyOnce(true).hasSize(8);
    }

    @Test
    void shouldGiveReplicasStartedAtDifferentTimesTheSameIntervalWindow() {
        Duration every = Duration.ofMinutes(10);
        Instant windowStart = Instant.parse("2026-11-23T01:40:00Z");

        assertThat(ScheduleClaims.windowOf(windowStart.plusSeconds(5), every))
                .isEqualTo(ScheduleClaims.windowOf(windowStart.plusSeconds(599), every))
                .isNotEqualTo(ScheduleClaims.windowOf(windowStart.plusSeconds(600), every));
    }
}
