package io.gifticon.catalog;

import static io.gifticon.catalog.Providers.goods;
import static io.gifticon.catalog.Providers.uniqueCode;
import static io.gifticon.catalog.Syncs.json;
import static io.gifticon.catalog.Syncs.run;
import static io.gifticon.catalog.Syncs.syncAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class CatalogSyncTest {
    private static TopicWatcher events;

    WireMockServer providers;

    @BeforeAll
    static void watchEvents() {
        events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.CATALOG_EVENTS);
    }

    @AfterAll
    static void stopWatching() {
        events.close();
    }

    @Test
    void shouldAddProductsAndPublishAddedAndSynced() {
        String a = uniqueCode();
        String b = uniqueCode();
        String c = uniqueCode();
        Providers.world(
                providers,
                List.of(
                        goods(a, "카페 아메리카노 T", "스타벅스", 4500, 4230, "SALE"),
                        goods(b, "카페 라떼 T", "스타벅스", 5000, 4700, "SALE"),
                        goods(c, "바닐라 라떼 T", "스타벅스", 5500, 5170, "SALE")));

        String syncId = syncAndWait();

        JsonPath run = run(syncId);
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("providers.find { it.provider == 'giftishow' }.pages"))
                .isEqualTo(2);
        assertThat(run.getInt("providers.find { it.provider == 'giftishow' }.added"))
                .isEqualTo(3);
        assertThat(run.getString("providers.find { it.provider == 'coufun' }.status"))
                .isEqualTo("UNSUPPORTED");
        assertThat(run.getList("providers.find { it.provider == 'coufun' }.errors", String.class))
                .containsExactly("catalog not supported by the provider's API");
        given().get("/api/v1/products/giftishow:" + a)
                .then()
                .statusCode(200)
                .body("consumerPrice", equalTo(4500))
                .body("costPrice", equalTo(4230))
                .body("discountRate", equalTo(6.0f))
                .body("validDays", equalTo(30))
                .body("status", equalTo("ON_SALE"));

        List<JsonNode> added = eventsOf("giftishow:" + a);
        assertThat(added).extracting(e -> e.get("type").asText()).containsExactly("product.added");
        assertThat(added.get(0).at("/data/consumerPrice").asLong()).isEqualTo(4500);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        events.records(r -> ("sync:" + syncId).equals(r.key())).size() == 1);
        JsonNode synced = json(
                events.records(r -> ("sync:" + syncId).equals(r.key())).get(0).value());
        assertThat(synced.get("type").asText()).isEqualTo("catalog.synced");
    }

    @Test
    void shouldKeepTheProvidersRawRecordForAuditButNotShowIt() throws Throwable {
        String a = uniqueCode();
        Providers.world(providers, List.of(goods(a, "카라멜 마키아또 T", "스타벅스", 5900, 5540, "SALE")));

        syncAndWait();

        ProductRawEntity stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> Panache.getSession().chain(s -> s.find(ProductRawEntity.class, "giftishow:" + a))));
        assertThat(json(stored.raw).get("goodsCode").asText()).isEqualTo(a);
        assertThat(json(stored.raw).get("srchKeyword").asText()).isEqualTo("커피, 음료");
        given().get("/api/v1/products/giftishow:" + a)
                .then()
                .statusCode(200)
                .body("raw", nullValue())
                .body("imageUrl", equalTo("https://biz.giftishow.com/Resource/goods/" + a + "/" + a + ".jpg"));
    }

    @Test
    void shouldPublishExactlyOneChangedEventNamingThePrice() {
        String a = uniqueCode();
        Providers.world(providers, List.of(goods(a, "카페 모카 T", "스타벅스", 5500, 5170, "SALE")));
        syncAndWait();
        Providers.world(providers, List.of(goods(a, "카페 모카 T", "스타벅스", 5900, 5170, "SALE")));

        syncAndWait();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf("giftishow:" + a).size() >= 2);
        List<JsonNode> changed = eventsOf("giftishow:" + a).stream()
                .filter(e -> "product.changed".equals(e.get("type").asText()))
                .toList();
        assertThat(changed).hasSize(1);
        JsonNode changes = changed.get(0).at("/data/changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("field").asText()).isEqualTo("consumerPrice");
        assertThat(changes.get(0).get("oldValue").asLong()).isEqualTo(5500);
        assertThat(changes.get(0).get("newValue").asLong()).isEqualTo(5900);
        given().get("/api/v1/products/giftishow:" + a).then().statusCode(200).body("consumerPrice", equalTo(5900));
    }

    @Test
    void shouldWriteNothingOnUnchangedResync() {
        String a = uniqueCode();
        Providers.world(providers, List.of(goods(a, "자몽 허니 블랙 티 T", "스타벅스", 5700, 5360, "SALE")));
        syncAndWait();

        String again = syncAndWait();

        JsonPath run = run(again);
        assertThat(run.getList("providers.rowsWritten", Integer.class)).containsOnly(0);
        assertThat(run.getList("providers.added", Integer.class)).containsOnly(0);
        assertThat(run.getList("providers.changed", Integer.class)).containsOnly(0);
        assertThat(run.getList("providers.discontinued", Integer.class)).containsOnly(0);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        events.records(r -> ("sync:" + again).equals(r.key())).size() == 1);
        assertThat(events.records(r -> r.value().contains("\"syncId\":\"" + again + "\"")))
                .extracting(r -> json(r.value()).get("type").asText())
                .containsExactly("catalog.synced");
    }

    @Test
    void shouldDiscontinueProductMissingFromNextRun() {
        String kept = uniqueCode();
        String gone = uniqueCode();
        Providers.world(
                providers,
                List.of(
                        goods(kept, "돌체 라떼 T", "스타벅스", 5900, 5540, "SALE"),
                        goods(gone, "화이트 모카 T", "스타벅스", 5900, 5540, "SALE")));
        syncAndWait();
        Providers.world(providers, List.of(goods(kept, "돌체 라떼 T", "스타벅스", 5900, 5540, "SALE")));

        syncAndWait();

        given().get("/api/v1/products/giftishow:" + gone)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
        given().get("/api/v1/products/giftishow:" + kept).then().statusCode(200).body("status", equalTo("ON_SALE"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf("giftishow:" + gone).size() >= 2);
        assertThat(eventsOf("giftishow:" + gone))
                .extracting(e -> e.get("type").asText())
                .containsExactly("product.added", "product.discontinued");
    }

    @Test
    void shouldSuspendProductTurnedSus() {
        String a = uniqueCode();
        Providers.world(providers, List.of(goods(a, "콜드 브루 T", "스타벅스", 4900, 4600, "SALE")));
        syncAndWait();
        Providers.world(providers, List.of(goods(a, "콜드 브루 T", "스타벅스", 4900, 4600, "SUS")));

        String syncId = syncAndWait();

        given().get("/api/v1/products/giftishow:" + a).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertThat(run(syncId).getInt("providers.find { it.provider == 'giftishow' }.suspended"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf("giftishow:" + a).size() >= 2);
        JsonNode changed = eventsOf("giftishow:" + a).get(1);
        assertThat(changed.get("type").asText()).isEqualTo("product.changed");
        assertThat(changed.at("/data/changes/0/field").asText()).isEqualTo("status");
        assertThat(changed.at("/data/changes/0/newValue").asText()).isEqualTo("SUSPENDED");
    }

    private static List<JsonNode> eventsOf(String productId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !events.records(r -> productId.equals(r.key())).isEmpty());
        return events.records(r -> productId.equals(r.key())).stream()
                .map(ConsumerRecord::value)
                .map(Syncs::json)
                .toList();
    }
}
