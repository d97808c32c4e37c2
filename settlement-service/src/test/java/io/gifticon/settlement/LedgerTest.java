package io.gifticon.settlement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.gifticon.settlement.support.CouponEventMother.cancelled;
import static io.gifticon.settlement.support.CouponEventMother.envelope;
import static io.gifticon.settlement.support.CouponEventMother.fromSource;
import static io.gifticon.settlement.support.CouponEventMother.issued;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class LedgerTest {
    @Inject
    Pool database;

    @Test
    void shouldDebitIssueAndCreditCancelCountingEachEventOnce() {
        String provider = "giftletter";
        JsonPath before = ledger(provider);
        String couponId = UUID.randomUUID().toString();
        String issue = issued(couponId, provider, 4_500, Instant.now());

        send(couponId, issue);
        send(couponId, issue); // redelivery: the same event id again
        send(couponId, cancelled(couponId, provider, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = ledger(provider);
            assertThat(after.getLong("debits") - before.getLong("debits")).isEqualTo(4_500);
            assertThat(after.getLong("credits") - before.getLong("credits")).isEqualTo(4_500);
            assertThat(after.getLong("entries") - before.getLong("entries")).isEqualTo(2);
            assertThat(after.getLong("net")).isEqualTo(before.getLong("net"));
        });
    }

    @Test
    void shouldPriceAnIssueWithoutCostFromTheProviderCatalogOnce() {
        SettlementTestResources.wireMock()
                .stubFor(post(urlPathEqualTo("/giftishow/bizApi/goods/G0001"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(
                                        "{\"code\":\"0000\",\"message\":null,\"result\":{\"goodsDetail\":{\"goodsCode\":\"G0001\","
                                                + "\"salePrice\":800,\"discountPrice\":750}}}")));
        JsonPath before = ledger("giftishow");
        for (int i = 0; i < 2; i++) {
            String couponId = UUID.randomUUID().toString();
            send(
                    couponId,
                    envelope(
                            UUID.randomUUID().toString(),
                            "coupon.issued",
                            couponId,
                            "ISSUED",
                            "giftishow",
                            null,
                            null,
                            Instant.now()));
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ledger("giftishow").getLong("debits") - before.getLong("debits"))
                        .isEqualTo(1_500));
        SettlementTestResources.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/giftishow/bizApi/goods/G0001")));
    }

    @Test
    void shouldOpenOneDiscrepancyWithoutDebitWhenASendCannotBeResolved() {
        String provider = "giftletter";
        JsonPath before = ledger(provider);
        String couponId = UUID.randomUUID().toString();
        String unresolvable = envelope(
                UUID.randomUUID().toString(),
                "coupon.unresolvable",
                couponId,
                "UNRESOLVABLE",
                provider,
                4_500L,
                null,
                Instant.now());

        send(couponId, unresolvable);
        send(couponId, unresolvable); // redelivery

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var opened = given().queryParam("provider", provider)
                    .get("/api/v1/settlement/discrepancies")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.reference == '" + couponId + "' }");
            assertThat(opened).hasSize(1);
            assertThat(opened.get(0)).asString().contains("UNRESOLVABLE_SEND").contains("4500");
        });
        assertThat(ledger(provider).getLong("debits")).isEqualTo(before.getLong("debits"));
    }

    @Test
    void shouldSendAnUnreadableRecordToTheDeadLetterTopic() {
        try (TopicWatcher dlq = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, SettlementTestResources.dlqTopic())) {
            String key = "poison-" + UUID.randomUUID();
            send(key, "{not an event");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !dlq.records(r -> key.equals(r.key())).isEmpty());
        }
    }

    /**
     * coupon-events belongs to issuance alone (EventSources): a record claiming any other source
     * - debits nothing and creates no coupon (a forged coupon.issued),
     * - does not mark a real coupon redeemed or expired (a forged coupon.redeemed / coupon.expired),
     * - credits nothing back (a forged coupon.cancelled),
     * whether it names an attacker, settlement itself, or no source at all.
     */
    @Test
    void shouldIgnoreCouponFactsFromAnySourceButIssuance() {
        String provider = "giftletter";
        JsonPath before = ledger(provider);
        String real = UUID.randomUUID().toString();
        String forgedCoupon = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        // one key: one partition, consumed in the order sent
        send(real, issued(real, provider, 4_000, Instant.now()));
        send(
                real,
                fromSource(
                        envelope(
                                UUID.randomUUID().toString(),
                                "coupon.redeemed",
                                real,
                                "REDEEMED",
                                provider,
                                null,
                                null,
                                Instant.now()),
                        "attacker"));
        send(
                real,
                fromSource(
                        envelope(
                                UUID.randomUUID().toString(),
                                "coupon.expired",
                                real,
                                "EXPIRED",
                                provider,
                                null,
                                null,
                                Instant.now()),
                        "settlement-service"));
        send(real, fromSource(cancelled(real, provider, Instant.now()), ""));
        send(real, fromSource(issued(forgedCoupon, provider, 9_000, Instant.now()), "attacker"));
        send(real, issued(marker, provider, 1, Instant.now()));

        // the marker is the last record: once it is applied, every record before it was consumed
        await().atMost(Duration.ofSeconds(30)).until(() -> status(marker) != null);
        JsonPath after = ledger(provider);
        assertThat(after.getLong("debits") - before.getLong("debits")).isEqualTo(4_001);
        assertThat(after.getLong("credits")).isEqualTo(before.getLong("credits"));
        assertThat(status(real)).isEqualTo("ISSUED");
        assertThat(status(forgedCoupon)).isNull();
    }

    private String status(String couponId) {
        var rows = database.preparedQuery("select status from ledger_coupon where coupon_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(couponId))
                .await()
                .atMost(Duration.ofSeconds(10));
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    @Test
    void shouldAnswerProblemWithoutProvider() {
        given().get("/api/v1/settlement/ledger").then().statusCode(400).contentType("application/problem+json");
    }

    static JsonPath ledger(String provider) {
        return given().queryParam("provider", provider)
                .get("/api/v1/settlement/ledger")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
