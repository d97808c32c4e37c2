package io.gifticon.settlement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settlement settings: reconciliation tolerance, business time zone, PIN hashing, status sweep. */
@ConfigMapping(prefix = "settlement")
public interface SettlementConfig {

    /** Time zone of the business day (reports, exchange logs). */
    @WithDefault("Asia/Seoul")
    ZoneId zone();

    Reconciliation reconciliation();

    Redemptions redemptions();

    Report report();

    Sweep sweep();

    Pos pos();

    Http http();

    /** Request limits of this service's own routes (the gateway has its own, RequestLimits these). */
    interface Http {
        /** Largest JSON body of every route but the POS relay, bytes (requests here are a few fields). */
        @WithDefault("4096")
        int maxBodyBytes();
    }

    /** PBT POS transactions relayed by the POS page (PosRelayReader). */
    interface Pos {
        /** Largest amount (won or points) one transaction may carry; the document's own bound is Int's largest. */
        @WithDefault("10000000")
        long maxAmount();

        /**
         * Whether the page must relay its connection request with the reply ({request, reply}), so that every
         * amount is checked against what was asked. Off while the POS page relays the reply alone.
         */
        @WithDefault("false")
        boolean requestRequired();

        /** Largest body of POST /api/v1/pos/transactions, bytes. */
        @WithDefault("16384")
        int maxBodyBytes();
    }

    /** Status sweep of providers without an exchange log (Giftishow 0201). */
    interface Sweep {
        /** How often outstanding coupons are swept ({@code off} disables). */
        @WithDefault("1h")
        String every();

        /** Coupons asked about per sweep run, never-checked and longest-unchecked first (the rest wait for the next run). */
        @WithDefault("2000")
        int batchSize();

        /** Look-ups started per second at most: the provider's allowed pace. */
        @WithDefault("5")
        double ratePerSecond();

        /** Look-ups in flight at once at most. */
        @WithDefault("1")
        int concurrency();
    }

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

        /** Log lines matched per statement (and transaction) while importing. */
        @WithDefault("5000")
        int chunkSize();
    }
}
