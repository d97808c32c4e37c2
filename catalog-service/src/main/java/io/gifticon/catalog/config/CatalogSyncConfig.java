package io.gifticon.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The catalog sync: schedule, paging, retries, and which GiftLetter brands to read. */
@ConfigMapping(prefix = "catalog.sync")
public interface CatalogSyncConfig {

    /** Quartz-style cron of the nightly run ({@code off} disables it); read by the scheduler as ${catalog.sync.cron}. */
    @WithDefault("0 0 3 * * ?")
    String cron();

    /** Time zone of {@link #cron()}. */
    @WithDefault("Asia/Seoul")
    String timeZone();

    /** Giftishow 0101 page size (1–1000). */
    @WithDefault("500")
    int giftishowPageSize();

    /** GiftLetter brand ids whose getGoodsInfoList is read (0..n); GiftLetter has no brand list API. */
    Optional<List<String>> giftletterBrandIds();

    /** Parallel getGoodsInfo calls while reading one GiftLetter brand. */
    @WithDefault("4")
    int giftletterDetailConcurrency();

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
