package io.gifticon.catalog.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints figures. Excluded from the normal build (tag {@code bench}); see bench/run.sh. Needs the provider
 * sandbox running (SANDBOX_GIFTISHOW_CATALOG_SIZE = N) at -Dbench.giftishow-url.
 */
// the test database (cleaned at start), so that no extra database is needed
@Tag("bench")
@QuarkusTest
@TestProfile(BenchProfile.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
class CatalogBenchmark {
    private static final List<String> KEYWORDS = List.of("아메", "아메리카노", "스타벅스", "라떼", "케이크", "치킨",
            "편의점", "커피");

    @TestHTTPResource("/")
    URI base;

    @Test
    void fullSyncResyncAndSearchLatency() throws Exception {
        JsonPath full = timedSync("full sync");
        JsonPath again = timedSync("unchanged re-sync");
        int rows = again.getInt("providers[0].rowsWritten");
        System.out.printf("BENCH unchanged re-sync rows written: %d%n", rows);
        assertThat(rows).isZero();
        assertThat(full.getInt("providers[0].products")).isPositive();
        search(50, Integer.getInteger("bench.requests-per-client", 40));
    }

    private JsonPath timedSync(String label) {
        long t0 = System.nanoTime();
        String id = given().contentType(ContentType.JSON).body("{\"provider\":\"giftishow\"}")
                .post("/api/v1/catalog/syncs").then().statusCode(202).extract().path("syncId");
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(200)).until(() -> !"RUNNING"
                .equals(given().get("/api/v1/catalog/syncs/" + id).then().extract().path("status")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        JsonPath run = given().get("/api/v1/catalog/syncs/" + id).then().extract().jsonPath();
        System.out.printf("BENCH %s: %d ms, status %s, products %d, pages %d, added %d, changed %d, rows written %d%n",
                label, ms, run.getString("status"), run.getInt("providers[0].products"),
                run.getInt("providers[0].pages"), run.getInt("providers[0].added"), run.getInt("providers[0].changed"),
                run.getInt("providers[0].rowsWritten"));
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        return run;
    }

    private void search(int clients, int requestsPerClient) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        // warm-up
        for (String k : KEYWORDS) {
            http.send(request(k), HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                for (int i = 0; i < requestsPerClient; i++) {
                    String keyword = KEYWORDS.get((client + i) % KEYWORDS.size());
                    long s = System.nanoTime();
                    HttpResponse<Void> r = http.send(request(keyword), HttpResponse.BodyHandlers.discarding());
                    latencies.add(System.nanoTime() - s);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("search answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH keyword search, %d clients x %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                + "%.0f req/s%n", clients, requestsPerClient, pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, sorted.size() * 1000.0 / wall);
    }

    private HttpRequest request(String keyword) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/products?size=20&q="
                + URLEncoder.encode(keyword, StandardCharsets.UTF_8))).GET().build();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
