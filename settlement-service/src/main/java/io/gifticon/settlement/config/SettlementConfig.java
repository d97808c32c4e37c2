package io.gifticon.settlement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settlement settings: reconciliation tolerance, business time zone, PIN hashing. */
@ConfigMapping(prefix = "settlement")
public interface SettlementConfig {

    /** Time zone of the business day (reports, exchange logs). */
    @WithDefault("Asia/Seoul")
    ZoneId zone();

    Reconciliation reconciliation();

    Redemptions redemptions();

    Report report();

    /** Daily report. */
    interface Report {
        /** When report.ready is announced for the day that closed (Quartz cron, Asia/Seoul; {@code off} disables). */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }

    /** Bizmoney reconciliation. */
    interface Reconciliation {
        /** Largest drift (won, absolute) still counted as reconciled. */
        @WithDefault("0")
        long tolerance();

        /** How often every provider with a balance API is reconciled ({@code off} disables). */
        @WithDefault("10m")
        String every();
    }

    /** Exchange-log import. */
    interface Redemptions {
        /** Shared secret of HMAC-SHA256(pin): issuance sends {@code pinHash} with this key, settlement hashes logs with it. */
        @WithDefault("local-pin-hash-key")
        String pinHashKey();

        /** When yesterday's exchange logs are imported (Quartz cron, Asia/Seoul; {@code off} disables). */
        @WithDefault("0 30 1 * * ?")
        String cron();
    }
}
