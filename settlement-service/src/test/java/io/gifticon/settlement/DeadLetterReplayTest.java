package io.gifticon.settlement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.gifticon.settlement.support.CouponEventMother.envelope;
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
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class DeadLetterReplayTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldApplyADeadLetteredIssueOnceItsCauseIsFixedAndPassUnreadableRecords() {
        String product = "GDLQ" + (System.nanoTime() % 100_000_000);
        String couponId = UUID.randomUUID().toString();
        // no cost in the event and a product the provider does not know: the ledger cannot price it
        String issue = envelope(
                        UUID.randomUUID().toString(),
                        "coupon.issued",
                        couponId,
                        "ISSUED",
                        "giftishow",
                        null,
                        null,
                        Instant.now())
                .replace("giftishow:G0001", "giftishow:" + product);
        long debitsBefore = LedgerTest.ledger("giftishow").getLong("debits");
        try (TopicWatcher dlq = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, SettlementTestResources.dlqTopic())) {
            send(couponId, issue);
            send("poison-" + couponId, "{not an event");
            await().atMost(WAIT).until(() -> dlq.records().size() >= 2);
        }
        assertThat(LedgerTest.ledger("giftishow").getLong("debits")).isEqualTo(debitsBefore);

        // the cause is fixed: the provider now prices the product
        SettlementTestResources.wireMock()
                .stubFor(post(urlPathEqualTo("/giftishow/bizApi/goods/" + product))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(
                                        "{\"code\":\"0000\",\"message\":null,\"result\":{\"goodsDetail\":{\"goodsCode\":\""
                                                + product + "\",\"salePrice\":1300,\"discountPrice\":1234}}}")));
        JsonPath replay = given().post("/api/v1/settlement/dlq-replays")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(replay.getInt("applied")).isEqualTo(1);
        assertThat(replay.getInt("unreadable")).isGreaterThanOrEqualTo(1); // LedgerTest may have dead-lettered one too
        assertThat(replay.getInt("stoppedPartitions")).isZero();
        assertThat(LedgerTest.ledger("giftishow").getLong("debits")).isEqualTo(debitsBefore + 1_234);

        JsonPath again = given().post("/api/v1/settlement/dlq-replays")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getInt("read")).isZero();
        assertThat(LedgerTest.ledger("giftishow").getLong("debits")).isEqualTo(debitsBefore + 1_234);
    }
}
