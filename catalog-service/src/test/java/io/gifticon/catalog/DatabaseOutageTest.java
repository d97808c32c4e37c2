package io.gifticon.catalog;

import static io.gifticon.catalog.Providers.goods;
import static io.gifticon.catalog.Providers.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gifticon.events.CouponEventData;
import io.gifticon.events.CouponEventType;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL taken away (the app's pool reaches it through a proxy the test cuts, as in a restart) and given back.
 * What it rules out:
 * - a sync whose writes meet the outage failing (or left RUNNING) instead of finishing once the database is back;
 * - coupons issued during the outage missing from popularity (dead-lettered instead of counted afterwards);
 * - a request during the outage answered with anything but a problem.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class DatabaseOutageTest {
    WireMockServer providers;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void restore() {
        ProviderStub.database().restore();
    }

    @Test
    void shouldFinishASyncWhoseWritesMetAnOutageOnceTheDatabaseIsBack() {
        String code = uniqueCode();
        Providers.world(providers, List.of(goods(code, "정전 라떼 T", "스타벅스", 5000, 4700, "SALE")));
        // a slow brand list: the run is reading from the provider when the database goes away
        providers.stubFor(WireMock.post(WireMock.urlEqualTo("/bizApi/brands"))
                .atPriority(1)
                .willReturn(WireMock.aResponse()
                        .withFixedDelay(3000)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\",\"result\":{\"listNum\":0,\"brandList\":[]}}")));
        double before = outages("catalog-sync");
        String syncId = given().contentType(ContentType.JSON)
                .body("{\"provider\":\"giftishow\"}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(202)
                .extract()
                .path("syncId");

        ProviderStub.database().cut();
        await().atMost(Duration.ofSeconds(60)).until(() -> outages("catalog-sync") > before);
        given().get("/api/v1/products/giftishow:" + code)
                .then()
                .statusCode(greaterThanOrEqualTo(500))
                .contentType("application/problem+json");
        ProviderStub.database().restore();

        assertThat(Syncs.awaitFinished(syncId).getString("status")).isEqualTo("SUCCEEDED");
        given().get("/api/v1/products/giftishow:" + code).then().statusCode(200).body("status", equalTo("ON_SALE"));
    }

    @Test
    void shouldCountCouponsIssuedDuringAnOutageOnceTheDatabaseIsBack() throws Throwable {
        ProductEntity product = Products.inCategory("outage-" + UUID.randomUUID(), "정전 케이크", "브랜드", null);
        double before = outages("coupon-events");
        ProviderStub.database().cut();
        send(issued(product.id));

        await().atMost(Duration.ofSeconds(60)).until(() -> outages("coupon-events") > before);
        ProviderStub.database().restore();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/v1/products/" + product.id)
                        .then()
                        .statusCode(200)
                        .body("popularity", equalTo(1)));
    }

    private double outages(String work) {
        var counter =
                metrics.find("catalog.transient.failures").tag("work", work).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String issued(String productId) {
        String couponId = UUID.randomUUID().toString();
        var data = new CouponEventData(
                couponId,
                "client-1",
                null,
                "ISSUED",
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
        return EventJson.write(
                EventEnvelope.of(CouponEventType.ISSUED.wireName(), "issuance-service", Instant.now(), couponId, data));
    }

    private static void send(String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(
                            Topics.COUPON_EVENTS, UUID.randomUUID().toString(), value))
                    .get();
        }
    }
}
