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

    Retries retries();

    Retention retention();

    /**
     * How long rows of processed work are kept (RetentionService). Money (ledger entries and coupons, redemptions,
     * discrepancies, POS transactions) is never deleted.
     */
    interface Retention {
        /** How often the pruning runs ({@code off} disables). */
        @WithDefault("1h")
        String every();

        /** Rows deleted per statement. */
        @WithDefault("5000")
        int batchSize();

        /** Statements per table and run at most (a backlog is worked off over several runs). */
        @WithDefault("200")
        int maxBatches();

        /**
         * processed_event (the consumer's dedup of coupon-events): longer than the topic's retention (7 days) and
         * its dead-letter topic's (30 days, replayable), so no record that can still arrive has lost its mark.
         */
        @WithDefault("45d")
        java.time.Duration processedEvents();

        /** schedule_claim: a claim only matters within its slot (at most a day). */
        @WithDefault("7d")
        java.time.Duration scheduleClaims();

        /**
         * reconciliation and balance_snapshot history (the charts show 92 days); the latest snapshot of each provider,
         * the next reconciliation's baseline, is always kept.
         */
        @WithDefault("400d")
        java.time.Duration reconciliations();

        /** A reconciliation still PENDING after this (its replica or the database went away) is marked FAILED. */
        @WithDefault("1h")
        java.time.Duration stuckReconciliation();
    }

    /** How long background work waits out an outage (database or provider unreachable) before giving up. */
    interface Retries {
        /**
         * A coupon-events record is retried this long before it goes to the dead-letter topic (its partition waits:
         * the ledger keeps the order). Below the consumer's throttled.unprocessed-record-max-age.ms.
         */
        @WithDefault("5m")
        java.time.Duration consumer();

        /** A daily job (exchange-log import, report.ready) keeps trying this long. */
        @WithDefault("2h")
        java.time.Duration dailyJobs();
    }

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

        /**
         * How long a sweep asked for over HTTP may look coupons up before it answers (the rest counted as not
         * checked, for the next sweep): below the gateway's 30 s, so a sweep of any size answers instead of timing
         * out. The scheduled sweep has no such budget.
         */
        @WithDefault("20s")
        java.time.Duration requestBudget();
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
