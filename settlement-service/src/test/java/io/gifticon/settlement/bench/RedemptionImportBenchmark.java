package io.gifticon.settlement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.settlement.service.RedemptionImportService;
import io.gifticon.settlement.service.RedemptionImportService.ImportSummary;
import io.gifticon.settlement.support.CouponEventMother;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints figures (lines starting with BENCH). Excluded from the normal build (tag {@code bench});
 * run {@code settlement-service/bench/run.sh}. Reconciles an exchange log of N lines (default 1,000,000) against N
 * coupons seeded with generate_series, then imports the same day again (must change nothing).
 */
@Tag("bench")
@QuarkusTest
@TestProfile(RedemptionImportBenchmark.Profile.class)
@WithTestResource(BenchResources.class)
class RedemptionImportBenchmark {
    private static final Duration LONG = Duration.ofMinutes(30);

    /**
     * A profile of its own (own Quarkus boot). No Kafka: the million coupon.redeemed rows stay in the bench database's
     * outbox instead of flooding the shared settlement-events topic (and publishing does not skew the times).
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "outbox.poll-interval",
                    "24h",
                    "quarkus.log.category.\"org.hibernate\".level",
                    "WARN",
                    "kafka.bootstrap.servers",
                    "127.0.0.1:9",
                    "mp.messaging.outgoing.outbox-events.max.block.ms",
                    "1000",
                    "quarkus.log.category.\"org.apache.kafka\".level",
                    "ERROR",
                    "quarkus.log.category.\"io.smallrye.reactive.messaging.kafka\".level",
                    "OFF",
                    "settlement.redemptions.chunk-size",
                    System.getProperty("bench.chunk-size", "5000"),
                    // a topic nobody writes to: the ledger must not pull other modules' coupon events into the bench
                    "mp.messaging.incoming.coupon-events-in.topic",
                    "coupon-events-settlement-bench-" + java.util.UUID.randomUUID());
        }
    }

    @Inject
    RedemptionImportService imports;

    @Inject
    Pool database;

    @Test
    void reconcileAMillionLineLogAgainstAMillionCoupons() throws Exception {
        int n = BenchResources.lines();
        long seedStart = System.nanoTime();
        sql("create extension if not exists pgcrypto");
        // coupon i: PIN 91 + i (10 digits), hashed as issuance does (HMAC-SHA256 with the shared key, hex)
        database.preparedQuery("insert into ledger_coupon (coupon_id, provider, product_id, cost, pin_hash, status, "
                        + "issued_at) select 'bench-' || i, 'giftletter', 'giftletter:0000000582', 9600, "
                        + "encode(hmac('91' || lpad(i::text, 10, '0'), $1, 'sha256'), 'hex'), 'ISSUED', now() - interval '1 day' "
                        + "from generate_series(1, $2) i")
                .execute(Tuple.of(CouponEventMother.PIN_HASH_KEY, n))
                .await()
                .atMost(LONG);
        sql("analyze ledger_coupon");
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("BENCH seeded %,d coupons in %.1f s%n", n, seedSeconds);
        // the seeded hash is the one settlement computes for a log line
        assertThat(one("select pin_hash from ledger_coupon where coupon_id = 'bench-1'"))
                .isEqualTo(io.gifticon.events.PinHash.of(CouponEventMother.PIN_HASH_KEY, BenchResources.pin(1)));

        Path log = Path.of("target/bench/ExchangeDaily-" + BenchResources.DAY + "-" + n + ".txt")
                .toAbsolutePath();
        System.out.printf("BENCH exchange log: %,d lines, %,d bytes, served over local HTTP%n", n, Files.size(log));

        Run first = timed(() -> imports.importDay("giftletter", LocalDate.parse(BenchResources.DAY))
                .await()
                .atMost(LONG));
        ImportSummary s = first.summary;
        System.out.printf(
                "BENCH import: %,d lines in %.1f s = %,.0f lines/s; new %,d, matched %,d, unknown PINs %,d; "
                        + "peak heap used %,d MB, peak heap live after GC %,d MB (max heap %,d MB); RSS %,d MB -> %,d MB, "
                        + "peak RSS (VmHWM) %,d MB%n",
                s.lines(),
                first.seconds,
                s.lines() / first.seconds,
                s.newRedemptions(),
                s.matched(),
                s.unknownPins(),
                first.peakHeap >> 20,
                first.peakLive >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                first.rssBefore >> 10,
                first.rssAfter >> 10,
                first.hwm >> 10);
        assertThat(s.lines()).isEqualTo(n);
        assertThat(s.matched()).isEqualTo(n - n / 1000);
        assertThat(s.unknownPins()).isEqualTo(n / 1000);
        long redeemed = count("select count(*) from ledger_coupon where status = 'REDEEMED'");
        long events = count("select count(*) from outbox_event where event_type = 'coupon.redeemed'");
        assertThat(redeemed).isEqualTo(n - n / 1000);
        assertThat(events).isEqualTo(n - n / 1000);

        Run again = timed(() -> imports.importDay("giftletter", LocalDate.parse(BenchResources.DAY))
                .await()
                .atMost(LONG));
        System.out.printf(
                "BENCH re-import: %,d lines in %.1f s = %,.0f lines/s; new %,d (must be 0); peak heap used "
                        + "%,d MB, live after GC %,d MB%n",
                again.summary.lines(),
                again.seconds,
                again.summary.lines() / again.seconds,
                again.summary.newRedemptions(),
                again.peakHeap >> 20,
                again.peakLive >> 20);
        System.out.printf(
                "BENCH chunk size %s lines, heap limit -Xmx %,d MB, %d cores%n",
                System.getProperty("bench.chunk-size", "5000"),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        assertThat(again.summary.newRedemptions()).isZero();
        assertThat(count("select count(*) from outbox_event"))
                .isEqualTo(events
                        + count("select count(*) from discrepancy")
                        + 1); // + redemptions.imported of the first run
    }

    private record Run(
            ImportSummary summary,
            double seconds,
            long peakHeap,
            long peakLive,
            long rssBefore,
            long rssAfter,
            long hwm) {}

    /** Heap in use right after the latest collection of each pool: what survives, not garbage awaiting collection. */
    private static long liveHeap() {
        long live = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    private static Run timed(java.util.function.Supplier<ImportSummary> work) throws Exception {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicLong peakLive = new AtomicLong(liveHeap());
        long rssBefore = procStatus("VmRSS");
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakLive.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ImportSummary summary = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        return new Run(
                summary, seconds, peak.get(), peakLive.get(), rssBefore, procStatus("VmRSS"), procStatus("VmHWM"));
    }

    /** kB from /proc/self/status. */
    private static long procStatus(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private void sql(String statement) {
        database.query(statement).execute().await().atMost(LONG);
    }

    private long count(String query) {
        return database.query(query)
                .execute()
                .await()
                .atMost(LONG)
                .iterator()
                .next()
                .getLong(0);
    }

    private String one(String query) {
        return database.query(query)
                .execute()
                .await()
                .atMost(LONG)
                .iterator()
                .next()
                .getString(0);
    }
}
