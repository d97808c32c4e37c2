package io.gifticon.catalog;

import static io.gifticon.catalog.Providers.goods;
import static io.gifticon.catalog.Providers.uniqueCode;
import static io.gifticon.catalog.Syncs.syncAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.catalog.repository.ProductSearch;
import io.gifticon.catalog.repository.ProductSearchCache;
import io.gifticon.catalog.repository.ProductSearchRepository.Result;
import io.gifticon.catalog.service.SearchCacheSync;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The search-result cache (default settings: enabled, TTL 30 s): proven by changing rows behind its back and by the
 * number of loads, never by timing.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class SearchCacheTest {

    @Inject
    ProductSearchCache cache;

    @Inject
    Pool database;

    @Inject
    SearchCacheSync otherReplicas;

    WireMockServer providers;

    /** Prometheus metrics, on the management interface's random port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void shouldAnswerARepeatedSearchFromTheCacheUntilCleared() throws Throwable {
        String category = "cached-" + UUID.randomUUID();
        ProductEntity p = Products.inCategory(category, "카페 아메리카노 T", "스타벅스", null);
        long loads = cache.stats().loadCount();

        given().queryParam("q", "스타벅스 아메리카노")
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5000));
        setPrice(p.id, 7000);

        // same search, written differently (terms re-spaced, default sort spelled out): the cached page
        given().queryParam("q", "  스타벅스   아메리카노 ")
                .queryParam("category", category)
                .queryParam("sort", "name")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5000));
        assertThat(cache.stats().loadCount() - loads).isEqualTo(1);
        // another page size is another search: from the database
        given().queryParam("q", "스타벅스 아메리카노")
                .queryParam("category", category)
                .queryParam("size", 5)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(7000));

        cache.invalidateAll();
        given().queryParam("q", "스타벅스 아메리카노")
                .queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(7000));
    }

    @Test
    void shouldShowWhatASyncChangedRightAfterIt() {
        String a = uniqueCode();
        Providers.world(providers, List.of(goods(a, "캐시 모카 " + a, "스타벅스", 5500, 5170, "SALE")));
        syncAndWait();
        given().queryParam("q", a)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5500))
                .body("items.status", contains("ON_SALE"));
        given().queryParam("q", a)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5500)); // cached
        Providers.world(providers, List.of(goods(a, "캐시 모카 " + a, "스타벅스", 5900, 5170, "SUS")));

        syncAndWait();

        given().queryParam("q", a)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5900))
                .body("items.status", contains("SUSPENDED"));
    }

    @Test
    void shouldClearTheCacheWhenASyncFinishedOnAnotherReplica() throws Throwable {
        String category = "replica-" + UUID.randomUUID();
        ProductEntity p = Products.inCategory(category, "치즈 케이크", "투썸플레이스", null);
        otherReplicas.check().await().indefinitely(); // the latest finished run as it is now
        given().queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5000));
        setPrice(p.id, 8000);
        assertThat(otherReplicas.check().await().indefinitely()).isFalse();
        given().queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(5000)); // cached

        // another replica finished a run (this replica's SyncRunner did not run it)
        database.preparedQuery("insert into sync_run (id, trigger, status, started_at, heartbeat_at, finished_at) "
                        + "values ($1, 'MANUAL', 'SUCCEEDED', now(), now(), now())")
                .execute(Tuple.of(UUID.randomUUID()))
                .await()
                .indefinitely();
        assertThat(otherReplicas.check().await().indefinitely()).isTrue();

        given().queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.consumerPrice", contains(8000));
    }

    @Test
    void shouldNotCacheAFailedSearch() throws Throwable {
        String category = "failing-" + UUID.randomUUID();
        Products.inCategory(category, "케이크", "뚜레쥬르", null);
        // the search selects image_url: without it PostgreSQL answers an error
        database.query("alter table product rename column image_url to image_url_hidden")
                .execute()
                .await()
                .indefinitely();
        try {
            given().queryParam("category", category)
                    .get("/api/v1/products")
                    .then()
                    .statusCode(500);
        } finally {
            database.query("alter table product rename column image_url_hidden to image_url")
                    .execute()
                    .await()
                    .indefinitely();
        }

        given().queryParam("category", category)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("케이크"));
    }

    @Test
    void shouldShareOneQueryBetweenConcurrentIdenticalSearches() throws Exception {
        ProductSearch key = key();
        CompletableFuture<Result> query = new CompletableFuture<>();
        AtomicInteger loads = new AtomicInteger();
        Supplier<Uni<Result>> load = () -> {
            loads.incrementAndGet();
            return Uni.createFrom().completionStage(query);
        };

        CompletableFuture<Result> first = cache.get(key, load).subscribeAsCompletionStage();
        CompletableFuture<Result> second = cache.get(key, load).subscribeAsCompletionStage();
        assertThat(first).isNotDone();
        assertThat(second).isNotDone();
        Result page = new Result(List.of(), 0, true);
        query.complete(page);

        assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(page);
        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(page);
        assertThat(await(cache.get(key, load))).isSameAs(page);
        assertThat(loads).hasValue(1);
    }

    @Test
    void shouldNotCacheAFailedLoadNorKeepItForWaiters() throws Exception {
        ProductSearch key = key();
        AtomicInteger loads = new AtomicInteger();
        CompletableFuture<Result> failing = new CompletableFuture<>();
        CompletableFuture<Result> waiting = cache.get(key, () -> {
                    loads.incrementAndGet();
                    return Uni.createFrom().completionStage(failing);
                })
                .subscribeAsCompletionStage();
        failing.completeExceptionally(new IllegalStateException("database down"));
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database down");

        Result page = new Result(List.of(), 1, true);
        Supplier<Uni<Result>> working = () -> {
            loads.incrementAndGet();
            return Uni.createFrom().item(page);
        };
        assertThat(await(cache.get(key, working))).isSameAs(page);
        assertThat(await(cache.get(key, working))).isSameAs(page);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldNotCacheAQueryThatWasUnderWayWhenCleared() throws Exception {
        ProductSearch key = key();
        AtomicInteger loads = new AtomicInteger();
        CompletableFuture<Result> before = new CompletableFuture<>();
        CompletableFuture<Result> old = cache.get(key, () -> {
                    loads.incrementAndGet();
                    return Uni.createFrom().completionStage(before);
                })
                .subscribeAsCompletionStage();

        cache.invalidateAll(); // a sync finished while the query was running
        before.complete(new Result(List.of(), 1, true));
        old.get(5, TimeUnit.SECONDS);

        Result fresh = new Result(List.of(), 2, true);
        assertThat(await(cache.get(key, () -> {
                    loads.incrementAndGet();
                    return Uni.createFrom().item(fresh);
                })))
                .isSameAs(fresh);
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldGoToTheDatabaseEveryTimeWhenDisabled() throws Throwable {
        String category = "uncached-" + UUID.randomUUID();
        ProductEntity p = Products.inCategory(category, "녹차", "투썸플레이스", null);
        cache.enabled(false);
        try {
            given().queryParam("category", category)
                    .get("/api/v1/products")
                    .then()
                    .statusCode(200)
                    .body("items.consumerPrice", contains(5000));
            setPrice(p.id, 6000);
            given().queryParam("category", category)
                    .get("/api/v1/products")
                    .then()
                    .statusCode(200)
                    .body("items.consumerPrice", contains(6000));
            assertThat(cache.size()).isZero();
        } finally {
            cache.enabled(true);
        }
    }

    @Test
    void shouldExposeHitsAndMissesAsMetrics() {
        String category = "metrics-" + UUID.randomUUID();
        given().queryParam("category", category).get("/api/v1/products").then().statusCode(200);
        given().queryParam("category", category).get("/api/v1/products").then().statusCode(200);

        given().get(metrics.toString())
                .then()
                .statusCode(200)
                .body(containsString("cache_gets_total{cache=\"product-search\""))
                .body(containsString("result=\"hit\""))
                .body(containsString("result=\"miss\""));
        assertThat(cache.stats().hitCount()).isPositive();
    }

    private void setPrice(String productId, long price) {
        int n = database.preparedQuery("update product set consumer_price = $1 where id = $2")
                .execute(Tuple.of(price, productId))
                .await()
                .indefinitely()
                .rowCount();
        assertThat(n).isEqualTo(1);
    }

    private static ProductSearch key() {
        return new ProductSearch(null, null, "unit-" + UUID.randomUUID(), null, null, null, null, 0, 20, "name");
    }

    private static <T> T await(Uni<T> uni) throws Exception {
        CompletionStage<T> stage = uni.subscribeAsCompletionStage();
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
