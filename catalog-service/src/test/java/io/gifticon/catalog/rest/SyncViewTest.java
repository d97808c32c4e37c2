package io.gifticon.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.catalog.SyncProviderEntity;
import io.gifticon.catalog.SyncRunEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncViewTest {
    static final Instant START = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void shouldMeasureARunStillGoingOnUntilTheClocksNow() {
        SyncRunEntity run = new SyncRunEntity();
        run.id = UUID.randomUUID();
        run.status = SyncRunEntity.RUNNING;
        run.startedAt = START;
        SyncProviderEntity giftishow = new SyncProviderEntity();
        giftishow.runId = run.id;
        giftishow.provider = "giftishow";
        giftishow.status = "RUNNING";
        giftishow.startedAt = START.plusSeconds(1);

        SyncView view = SyncView.of(run, List.of(giftishow), START.plusSeconds(90));

        assertThat(view.durationMs()).isEqualTo(90_000L);
        assertThat(view.providers().get(0).durationMs()).isEqualTo(89_000L);
    }
}
