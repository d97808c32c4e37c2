package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The catalog sync: schedule, paging, retries, and which brands to read of providers without a brand list. */
@ConfigMapping(prefix = "catalog.sync")
public interface CatalogSyncConfig {

    /** Quartz-style cron of the nightly run ({@code off} disables it); read by the scheduler as ${catalog.sync.cron}. */
    @WithDefault("0 0 3 * * ?")
    String cron();

    /** Time zone of {@link #cron()}. */
    @WithDefault("Asia/Seoul")
    String timeZone();

    /** Products asked for per page from a provider that lists its catalogue in pages (Giftishow 0101: 1–1000). */
    @WithDefault("500")
    int pageSize();

    /**
     * The brand codes to read of each provider that lists its products brand by brand and has no brand list
     * (GiftLetter's ids are handed over by GiftLetter): {@code catalog.sync.brands.<provider>=50,51,…}.
     */
    Map<String, List<String>> brands();

    /** Retries of a failed page (on top of the client's own retries) before the provider counts as failed. */
    @WithDefault("3")
    int pageRetries();

    /** First backoff between page retries (doubles each time). */
    @WithDefault("1s")
    Duration pageBackoff();

    /** A RUNNING run whose heartbeat is older than this is taken as crashed and marked FAILED. */
    @WithDefault("15m")
    Duration staleAfter();

    /** Products written per transaction when discontinuing. */
    @WithDefault("500")
    int writeBatchSize();
}
