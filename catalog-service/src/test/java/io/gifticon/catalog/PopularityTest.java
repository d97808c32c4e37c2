package io.gifticon.catalog;

import static io.gifticon.catalog.Products.inCategory;
import static io.gifticon.catalog.Products.store;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.CouponEventType;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class PopularityTest {
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void connect() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void shouldSortByIssuedCouponsCountingARedeliveredEventOnce() throws Throwable {
        String category = "popular-" + UUID.randomUUID();
        ProductEntity latte = inCategory(category, "카페 라떼", "스타벅스", null);
        ProductEntity tea = inCategory(category, "녹차", "스타벅스", null);
        ProductEntity cake = inCategory(category, "케이크", "스타벅스", null);
        // one coupon key: one partition, so the events are consumed in the order sent
        String coupon = "C-" + UUID.randomUUID();
        var first = event(CouponEventType.ISSUED, tea.id);
        send(coupon, first);
        send(coupon, event(CouponEventType.ISSUED, tea.id));
        send(coupon, first); // redelivered
        send(coupon, event(CouponEventType.REQUESTED, cake.id)); // not an issue
        send(coupon, event(CouponEventType.CANCELLED, tea.id)); // does not subtract
        send(coupon, "not json"); // skipped, does not block the rest
        send(coupon, event(CouponEventType.ISSUED, latte.id));

        // latte's event is the last one sent: once it counts, every event before it has been consumed
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(popularity(latte.id)).isEqualTo(1));
        assertThat(popularity(tea.id)).isEqualTo(2);
        assertThat(popularity(cake.id)).isZero();
        given().queryParam("category", category)
                .queryParam("sort", "popularity")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("녹차", "카페 라떼", "케이크"))
                .body("items.popularity", contains(2, 1, 0));
        given().queryParam("category", category)
                .queryParam("sort", "-popularity")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.name", contains("케이크", "카페 라떼", "녹차"));
    }

    @Test
    void shouldBreakPopularityTiesByListingRankThenId() throws Throwable {
        String category = "ties-" + UUID.randomUUID();
        ProductEntity second = store(Products.product("giftishow", "T", "둘째", "B", category, 1000, 900, 2, null));
        ProductEntity first = store(Products.product("giftishow", "T", "첫째", "B", category, 1000, 900, 1, null));
        ProductEntity unranked =
                store(Products.product("giftletter", "T", "순위 없음", "B", category, 1000, 900, null, null));

        given().queryParam("category", category)
                .queryParam("sort", "popularity")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.productId", contains(first.id, second.id, unranked.id));
    }

    @Test
    void shouldGiveAProductAddedLaterTheCouponsIssuedBefore() throws Throwable {
        String category = "later-" + UUID.randomUUID();
        ProductEntity known = inCategory(category, "알려진 상품", "브랜드", null);
        ProductEntity later = Products.product("giftishow", "L", "나중 상품", "브랜드", category, 1000, 900, null, null);
        String coupon = "C-" + UUID.randomUUID();
        send(coupon, event(CouponEventType.ISSUED, later.id));
        send(coupon, event(CouponEventType.ISSUED, later.id));
        send(coupon, event(CouponEventType.ISSUED, known.id));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(popularity(known.id)).isEqualTo(1));

        store(later);

        assertThat(popularity(later.id)).isEqualTo(2);
    }

    /**
     * coupon-events belongs to issuance alone (EventSources): a coupon.issued claiming any other source (an attacker,
     * another service, none) counts for nothing, and does not use up its event id either.
     */
    @Test
    void shouldNotCountCouponsIssuedAccordingToAnyoneButIssuance() throws Throwable {
        String category = "forged-" + UUID.randomUUID();
        ProductEntity target = inCategory(category, "부풀린 상품", "브랜드", null);
        ProductEntity marker = inCategory(category, "표시 상품", "브랜드", null);
        String coupon = "C-" + UUID.randomUUID();
        String forged = event(CouponEventType.ISSUED, target.id);
        for (String source : new String[] {"attacker", "settlement-service", "catalog-service", ""}) {
            send(coupon, forged.replace("\"source\":\"issuance-service\"", "\"source\":\"" + source + "\""));
        }
        send(coupon, event(CouponEventType.ISSUED, marker.id));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(popularity(marker.id)).isEqualTo(1));
        assertThat(popularity(target.id)).isZero();
        // the same event from its owner still counts: the forged copies did not take its id
        send(coupon, forged);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(popularity(target.id)).isEqualTo(1));
    }

    private static long popularity(String productId) {
        JsonPath product = given().get("/api/v1/products/" + productId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return product.getLong("popularity");
    }

    private static String event(CouponEventType type, String productId) {
        String couponId = UUID.randomUUID().toString();
        var data = new CouponEventData(
                couponId,
                "client-1",
                null,
                type.name(),
                null,
                productId.split(":")[0],
                productId,
                null,
                null,
                "MMS",
                "010-****-1234",
                null,
                null,
                null,
                Instant.now(),
                4230L,
                null);
        return EventJson.write(EventEnvelope.of(type.wireName(), "issuance-service", Instant.now(), couponId, data));
    }

    private static void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.COUPON_EVENTS, key, value)).get();
    }
}
