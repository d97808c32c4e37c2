package io.gifticon.settlement;

import static io.gifticon.settlement.support.CouponEventMother.issuedWithTrId;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.settlement.support.GiftishowSandboxMother;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class ReconciliationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldReconcileWhenBalanceMatchesLedgerAndOpenDiscrepancyOnDriftTheSandboxIntroduces() {
        reconcile(); // baseline (or whatever the earlier state was): from here on the ledger decides
        long entriesBefore = LedgerTest.ledger("giftishow").getLong("entries");
        // a real send at the sandbox debits bizmoney; issuance's coupon.issued tells the ledger what it cost
        String trId = GiftishowSandboxMother.trId();
        GiftishowSandboxMother.send(trId);
        String couponId = UUID.randomUUID().toString();
        send(couponId, issuedWithTrId(couponId, "giftishow", GiftishowSandboxMother.AMERICANO_PRICE, trId));
        await().atMost(WAIT).until(() -> LedgerTest.ledger("giftishow").getLong("entries") == entriesBefore + 1);

        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            JsonPath matched = reconcile();
            assertThat(matched.getString("status")).isEqualTo("RECONCILED");
            assertThat(matched.getLong("drift")).isZero();
            String matchedId = matched.getString("id");
            await().atMost(WAIT)
                    .until(() -> !events.records(r -> r.value().contains("\"balance.reconciled\"")
                                    && r.value().contains(matchedId))
                            .isEmpty());

            // the provider's balance moves without a send or cancel of ours
            GiftishowSandboxMother.bizmoney(GiftishowSandboxMother.bizmoney() - 500);
            JsonPath drifted = reconcile();
            assertThat(drifted.getString("status")).isEqualTo("DISCREPANCY");
            assertThat(drifted.getLong("drift")).isEqualTo(-500);
            String driftId = drifted.getString("id");
            await().atMost(WAIT)
                    .until(() -> !events.records(r -> r.value().contains("\"discrepancy.detected\"")
                                    && r.value().contains(driftId))
                            .isEmpty());
            given().queryParam("status", "open")
                    .get("/api/v1/settlement/discrepancies")
                    .then()
                    .statusCode(200)
                    .body("find { it.reference == '" + driftId + "' }.kind", equalTo("BALANCE_DRIFT"))
                    .body("find { it.reference == '" + driftId + "' }.amount", equalTo(-500));
        }
    }

    @Test
    void shouldRejectBadReconciliationRequests() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/settlement/reconciliations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"provider\":\"pbt\"}")
                .post("/api/v1/settlement/reconciliations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"provider\":\"giftishow\",\"date\":\"yesterday\"}")
                .post("/api/v1/settlement/reconciliations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/settlement/reconciliations/not-a-uuid").then().statusCode(400);
        given().get("/api/v1/settlement/reconciliations/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().queryParam("status", "weird")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(400);
    }

    private static JsonPath reconcile() {
        String id = given().contentType("application/json")
                .body("{\"provider\":\"giftishow\"}")
                .post("/api/v1/settlement/reconciliations")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(WAIT)
                .until(() -> !"PENDING"
                        .equals(given().get("/api/v1/settlement/reconciliations/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
        return given().get("/api/v1/settlement/reconciliations/" + id)
                .then()
                .extract()
                .jsonPath();
    }
}
