package io.gifticon.catalog.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.catalog.repository.ProductSearchCache;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
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
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_bench"))
@WithTestResource(KafkaResource.class)
class CatalogBenchmark {
    // 1-, 2-, 3+-character terms, partial words, brands; broad (커피 ~34% of the sandbox catalog) and narrow ones
    private static final List<String> KEYWORDS =
            List.of("아메", "아메리", "아메리카노", "스타벅스", "라떼", "케이크", "치킨", "편의점", "커피", "떡");
    private static final List<String> SORTS = List.of("price", "-price", "popularity", "name");

    @TestHTTPResource("/")
    URI base;

    @Inject
    ProductSearchCache cache;

    @Test
    void fullSyncResyncAndSearchLatency() throws Exception {
        JsonPath full = timedSync("full sync");
        JsonPath again = timedSync("unchanged re-sync");
        int rows = again.getInt("providers[0].rowsWritten");
        System.out.printf("BENCH unchanged re-sync rows written: %d%n", rows);
        assertThat(rows).isZero();
        assertThat(full.getInt("providers[0].products")).isPositive();
        int requests = Integer.getInteger("bench.requests-per-client", 40);
        // cold: the search-result cache off, every request queries PostgreSQL
        cache.enabled(false);
        search("keyword search, cache OFF (every request to PostgreSQL) (sort name)", 50, requests, (k, i) -> k);
        search(
                "keyword search, cache OFF (every request to PostgreSQL) (sort price/-price/popularity/name)",
                50,
                requests,
                (k, i) -> k + "&sort=" + SORTS.get(i % SORTS.size()));
        // the same repeated terms with the cache on (as configured: catalog.search.cache.*)
        cache.enabled(true);
        var before = cache.stats();
        search("keyword search, cache ON (repeated terms) (sort name)", 50, requests, (k, i) -> k);
        search(
                "keyword search, cache ON (repeated terms) (sort price/-price/popularity/name)",
                50,
                requests,
                (k, i) -> k + "&sort=" + SORTS.get(i % SORTS.size()));
        var used = cache.stats().minus(before);
        System.out.printf(
                "BENCH search cache while ON: %d hits, %d misses (%d database loads), hit rate %.1f %%%n",
                used.hitCount(), used.missCount(), used.loadCount(), used.hitRate() * 100);
    }

    private JsonPath timedSync(String label) {
        long t0 = System.nanoTime();
        String id = given().contentType(ContentType.JSON)
                .body("{\"provider\":\"giftishow\"}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(202)
                .extract()
                .path("syncId");
        await().atMost(Duration.ofMinutes(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING"
                        .equals(given().get("/api/v1/catalog/syncs/" + id)
                                .then()
                                .extract()
                                .path("status")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        JsonPath run =
                given().get("/api/v1/catalog/syncs/" + id).then().extract().jsonPath();
        System.out.printf(
                "BENCH %s: %d ms, status %s, products %d, pages %d, added %d, changed %d, rows written %d%n",
                label,
                ms,
                run.getString("status"),
                run.getInt("providers[0].products"),
                run.getInt("providers[0].pages"),
                run.getInt("providers[0].added"),
                run.getInt("providers[0].changed"),
                run.getInt("providers[0].rowsWritten"));
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        return run;
    }

    private void search(String label, int clients, int requestsPerClient, BiFunction<String, Integer, String> query)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .build();
        Map<String, List<Long>> byKeyword = new ConcurrentHashMap<>();
        // warm-up
        for (String k : KEYWORDS) {
            http.send(request(query.apply(k, 0)), HttpResponse.BodyHandlers.discarding());
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
                    HttpResponse<Void> r = http.send(
                            request(query.apply(keyword, client + i)), HttpResponse.BodyHandlers.discarding());
                    byKeyword
                            .computeIfAbsent(keyword, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - s);
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
        List<Long> sorted = new ArrayList<>();
        byKeyword.values().forEach(sorted::addAll);
        Collections.sort(sorted);
        System.out.printf(
                "BENCH %s, %d clients x %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f req/s%n",
                label,
                clients,
                requestsPerClient,
                pct(sorted, 50),
                pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() * 1000.0 / wall);
        for (String k : KEYWORDS) {
            List<Long> l = new ArrayList<>(byKeyword.getOrDefault(k, List.of()));
            Collections.sort(l);
            if (!l.isEmpty()) {
                System.out.printf(
                        "BENCH   q=%s (total %s): p50 %.1f ms, p99 %.1f ms (%d requests)%n",
                        k, total(http, k), pct(l, 50), pct(l, 99), l.size());
            }
        }
    }

    /** The page's total as the API states it: {@code 34} or {@code >=1000}. */
    private String total(HttpClient http, String keyword) throws Exception {
        String body = http.send(request(keyword + "&size=1"), HttpResponse.BodyHandlers.ofString())
                .body();
        JsonPath page = JsonPath.from(body);
        return ("gte".equals(page.getString("totalRelation")) ? ">=" : "") + page.getLong("total");
    }

    /** {@code query}: the keyword, optionally followed by more parameters ({@code 커피&sort=price}). */
    private HttpRequest request(String query) {
        int more = query.indexOf('&');
        String keyword = more < 0 ? query : query.substring(0, more);
        String rest = more < 0 ? "" : query.substring(more);
        String size = rest.contains("size=") ? "" : "&size=20";
        return HttpRequest.newBuilder(base.resolve(
                        "/api/v1/products?q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8) + size + rest))
                .GET()
                .build();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
