package io.gifticon.settlement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.gifticon.settlement.support.CouponEventMother.cancelled;
import static io.gifticon.settlement.support.CouponEventMother.issuedWithPin;
import static io.gifticon.settlement.support.CouponEventMother.pinHash;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.SettlementEventData;
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
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class RedemptionImportTest {

    @Test
    void shouldMatchRedemptionsOnceAndOpenDiscrepanciesForUnknownAndCancelledPins() {
        String redeemedPin = pin();
        String cancelledPin = pin();
        String unknownPin = pin();
        String redeemed = UUID.randomUUID().toString();
        String cancelledCoupon = UUID.randomUUID().toString();
        long entriesBefore = LedgerTest.ledger("giftletter").getLong("entries");
        send(redeemed, issuedWithPin(redeemed, "giftletter", 2_000, redeemedPin));
        send(cancelledCoupon, issuedWithPin(cancelledCoupon, "giftletter", 3_000, cancelledPin));
        send(cancelledCoupon, cancelled(cancelledCoupon, "giftletter", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LedgerTest.ledger("giftletter").getLong("entries") == entriesBefore + 3);
        String day = "2026-11-20";
        SettlementTestResources.wireMock()
                .stubFor(get(urlPathEqualTo(SettlementTestResources.EXCHANGE_LOG_PATH))
                        .withQueryParam("dt", equalTo(day))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "text/plain; charset=UTF-8")
                                .withBody(redeemedPin + "|20261120103000|Gangnam\n" + cancelledPin
                                        + "|20261120110000|Jamsil\n" + unknownPin + "|20261120120000|Hongdae\n")));

        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            JsonPath first = importDay(day);
            assertThat(first.getInt("newRedemptions")).isEqualTo(3);
            assertThat(first.getInt("matched")).isEqualTo(1);
            assertThat(first.getInt("unknownPins")).isEqualTo(1);
            assertThat(first.getInt("redeemedAfterCancel")).isEqualTo(1);

            JsonPath again = importDay(day);
            assertThat(again.getInt("lines")).isEqualTo(3);
            assertThat(again.getInt("newRedemptions")).isZero();

            // the fact issuance consumes, in the contract's shape (SettlementEventData.CouponRedeemed)
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !events.records(r -> redeemed.equals(r.key())).isEmpty());
            EventEnvelope<SettlementEventData.CouponRedeemed> fact = EventJson.read(
                    events.records(r -> redeemed.equals(r.key())).get(0).value(), new TypeReference<>() {});
            assertThat(fact.type()).isEqualTo("coupon.redeemed");
            assertThat(fact.subject()).isEqualTo(redeemed);
            assertThat(fact.data())
                    .isEqualTo(new SettlementEventData.CouponRedeemed(
                            redeemed,
                            "giftletter",
                            LocalDate.parse(day),
                            LocalDateTime.parse("2026-11-20T10:30:00"),
                            "Gangnam"));
        }
        // exactly once: two imports, one redemption fact for the coupon
        assertThat(outboxCount(redeemed, "coupon.redeemed")).isEqualTo(1);

        List<String> references = given().queryParam("status", "open")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reference");
        assertThat(references)
                .contains("giftletter:" + pinHash(unknownPin), cancelledCoupon)
                .doesNotContain(redeemed);
        assertThat(references.stream().filter(r -> r.equals(cancelledCoupon))).hasSize(1);
    }

    @Test
    void shouldRejectImportWithoutDateOrForAProviderWithoutLog() {
        given().contentType("application/json")
                .body("{\"provider\":\"giftletter\"}")
                .post("/api/v1/settlement/redemption-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"provider\":\"giftishow\",\"date\":\"2026-11-20\"}")
                .post("/api/v1/settlement/redemption-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Inject
    Pool database;

    private long outboxCount(String key, String type) {
        return database.preparedQuery("select count(*) from outbox_event where event_key = $1 and event_type = $2")
                .execute(Tuple.of(key, type))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }

    private static JsonPath importDay(String day) {
        return given().contentType("application/json")
                .body("{\"provider\":\"giftletter\",\"date\":\"" + day + "\"}")
                .post("/api/v1/settlement/redemption-imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String pin() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }
}
