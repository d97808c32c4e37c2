package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.gifticon.issuance.CouponRequests.body;
import static io.gifticon.issuance.CouponRequests.issue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.repository.ProductCacheRepository;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class CatalogCheckTest {
    private static TopicWatcher couponEvents;
    private static TestEvents events;

    WireMockServer giftishow;
    CatalogStub.Server catalog;

    @Inject
    ProductCacheRepository cache;

    @BeforeAll
    static void start() {
        couponEvents = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, Topics.COUPON_EVENTS);
        events = new TestEvents();
    }

    @AfterAll
    static void stop() {
        couponEvents.close();
        events.close();
    }

    @Test
    void shouldKeepProductSnapshotOnCouponAndCostOnEvents() {
        String couponId = issue(UUID.randomUUID().toString(), body(GiftishowStub.GOODS_OK, "Snapshot"))
                .statusCode(201)
                .body("product.name", equalTo(CatalogStub.OK_NAME))
                .body("product.brand", equalTo("스타벅스"))
                .body("product.consumerPrice", equalTo((int) CatalogStub.OK_PRICE))
                .body("product.cost", equalTo((int) CatalogStub.OK_COST))
                .extract()
                .path("couponId");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> couponEvents.records(r -> couponId.equals(r.key())).size() >= 2);
        assertThat(couponEvents.records(r -> couponId.equals(r.key())))
                .extracting(r -> EventJson.readCouponEvent(r.value()))
                .extracting(e -> e.type() + ":" + e.data().cost())
                .containsExactly("coupon.requested:" + CatalogStub.OK_COST, "coupon.issued:" + CatalogStub.OK_COST);
    }

    @Test
    void shouldRefuseSuspendedProductWithoutCallingProvider() {
        issue(UUID.randomUUID().toString(), body(CatalogStub.SUSPENDED, "Suspended"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_UNAVAILABLE"))
                .body("retryable", equalTo(false));

        assertThat(sendsOf(CatalogStub.SUSPENDED)).isZero();
    }

    @Test
    void shouldRefuseDiscontinuedProductWithoutCallingProvider() {
        issue(UUID.randomUUID().toString(), body(CatalogStub.DISCONTINUED, "Gone"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_UNAVAILABLE"));

        assertThat(sendsOf(CatalogStub.DISCONTINUED)).isZero();
    }

    @Test
    void shouldRefuseUnknownProductWithoutCallingProvider() {
        issue(UUID.randomUUID().toString(), body(CatalogStub.UNKNOWN, "Who"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_UNKNOWN"));

        assertThat(sendsOf(CatalogStub.UNKNOWN)).isZero();
    }

    @Test
    void shouldRefuseBatchOfDiscontinuedProductBeforeStoringIt() {
        given().contentType(ContentType.JSON)
                .header("X-Client-Id", CouponRequests.CLIENT)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"productId":"giftishow:%s","delivery":"PIN","title":"GoneBatch","message":"Thanks",
                         "senderPhone":"0212345678","recipients":[{"phone":"01012345678"}]}""".formatted(CatalogStub.DISCONTINUED))
                .post("/api/v1/coupon-batches")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PRODUCT_UNAVAILABLE"));
    }

    @Test
    void shouldAnswerRetryable503WhenCatalogUnreachableAndProductNotCached() {
        issue(UUID.randomUUID().toString(), body(CatalogStub.UNREACHABLE, "Down"))
                .statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("CATALOG_UNAVAILABLE"))
                .body("retryable", equalTo(true));

        assertThat(sendsOf(CatalogStub.UNREACHABLE)).isZero();
    }

    @Test
    void shouldRefuseProductDiscontinuedByCatalogEventWithoutAskingCatalog() {
        String goods = "GEV"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String productId = "giftishow:" + goods;
        String event = productEvent("product.discontinued", productId, "DISCONTINUED", "단종", Instant.now());

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.CATALOG_TOPIC, productId, event); // the same event again: idempotent
                    return statusOf(productId).equals("DISCONTINUED");
                });
        issue(UUID.randomUUID().toString(), body(goods, "Gone"))
                .statusCode(422)
                .body("code", equalTo("PRODUCT_UNAVAILABLE"));

        assertThat(catalog.wireMock().findAll(getRequestedFor(urlPathMatching(CatalogStub.path(goods)))))
                .isEmpty();
        assertThat(sendsOf(goods)).isZero();
    }

    @Test
    void shouldNotLetOlderCatalogEventOverwriteNewerOne() {
        String productId =
                "giftishow:GOR" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        String marker =
                "giftishow:GMK" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        Instant now = Instant.now();
        String newer = productEvent("product.changed", productId, "ON_SALE", "새 이름", now);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.CATALOG_TOPIC, productId, newer);
                    return "새 이름".equals(nameOf(productId));
                });

        // an older event arrives late, then a marker on the same partition: once the marker is in, the late one was
        // read
        events.send(
                TestEvents.CATALOG_TOPIC,
                productId,
                productEvent("product.added", productId, "SUSPENDED", "옛 이름", now.minusSeconds(60)));
        String markerEvent = productEvent("product.added", marker, "ON_SALE", "표시", now);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.CATALOG_TOPIC, marker, markerEvent);
                    return nameOf(marker) != null;
                });

        assertThat(nameOf(productId)).isEqualTo("새 이름");
        assertThat(statusOf(productId)).isEqualTo("ON_SALE");
    }

    /** A product event without a name or brand (fields the catalog may leave empty) once stopped the consumer. */
    @Test
    void shouldCacheAProductWhoseEventHasNoNameAndKeepConsuming() {
        String productId =
                "giftishow:GNN" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        String goods = productId.split(":", 2)[1];
        String nameless = TestEvents.envelope(
                UUID.randomUUID().toString(),
                "product.added",
                "catalog-service",
                Instant.now(),
                productId,
                """
                {"productId":"%s","provider":"giftishow","goodsCode":"%s","name":null,"brandName":null,
                 "consumerPrice":3000,"costPrice":2700,"status":"SUSPENDED"}""".formatted(productId, goods));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    events.send(TestEvents.CATALOG_TOPIC, productId, nameless);
                    return statusOf(productId).equals("SUSPENDED");
                });

        assertThat(nameOf(productId)).isNull();
    }

    private String statusOf(String productId) {
        CatalogProduct p = cache.find(productId).await().atMost(Duration.ofSeconds(5));
        return p == null ? "" : p.status();
    }

    private String nameOf(String productId) {
        CatalogProduct p = cache.find(productId).await().atMost(Duration.ofSeconds(5));
        return p == null ? null : p.name();
    }

    private static String productEvent(String type, String productId, String status, String name, Instant time) {
        String goods = productId.split(":", 2)[1];
        return TestEvents.envelope(
                UUID.randomUUID().toString(), type, "catalog-service", time, productId, """
                {"productId":"%s","provider":"giftishow","goodsCode":"%s","name":"%s","brandName":"테스트",
                 "consumerPrice":3000,"costPrice":2700,"status":"%s"}""".formatted(
                                productId, goods, name, status));
    }

    private int sendsOf(String goodsCode) {
        return giftishow
                .findAll(postRequestedFor(urlEqualTo("/bizApi/send"))
                        .withRequestBody(containing("goods_code=" + goodsCode)))
                .size();
    }
}
