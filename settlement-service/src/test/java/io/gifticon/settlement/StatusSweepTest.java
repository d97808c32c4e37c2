package io.gifticon.settlement;

import static io.gifticon.settlement.support.CouponEventMother.issuedWithTrId;
import static io.gifticon.settlement.support.CouponEventMother.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.settlement.service.StatusSweepService;
import io.gifticon.settlement.support.GiftishowSandboxMother;
import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.LocalInfra;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.TopicWatcher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class StatusSweepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool database;

    @Inject
    StatusSweepService sweeps;

    /**
     * A sweep asked for over HTTP answers within its budget (settlement.sweep.request-budget, below the gateway's
     * 30 s): at 5 look-ups/s the default batch of 2,000 took 400 s, and the caller got a 504. What did not fit is
     * counted, not lost: those coupons stay first in line.
     */
    @Test
    void shouldCountWhatDidNotFitInTheBudgetAsNotCheckedAndCheckItNextTime() throws Throwable {
        String couponId = issue();

        StatusSweepService.SweepSummary none =
                VertxContextSupport.subscribeAndAwait(() -> sweeps.sweep(1_000, Duration.ZERO));

        assertThat(none.checked()).isZero();
        assertThat(none.notChecked()).isGreaterThanOrEqualTo(1);
        JsonPath next = sweep();
        assertThat(next.getInt("checked")).isGreaterThanOrEqualTo(1);
        assertThat(next.getInt("notChecked")).isZero();
        assertThat(lastChecked(couponId)).isNotNull();
    }

    @Test
    void shouldTurnProviderStatusesIntoFactsOncePerCouponAndFlagCancelsWeDidNotMake() {
        String redeemed = issue();
        String expired = issue();
        String cancelledThere = issue();
        String untouched = issue();
        GiftishowSandboxMother.redeem(tr(redeemed));
        GiftishowSandboxMother.expire(tr(expired));
        GiftishowSandboxMother.cancelAtProvider(tr(cancelledThere));

        try (TopicWatcher events = new TopicWatcher(LocalInfra.KAFKA_BOOTSTRAP, "settlement-events")) {
            JsonPath first = sweep();
            assertThat(first.getInt("redeemed")).isGreaterThanOrEqualTo(1);
            assertThat(first.getInt("expired")).isGreaterThanOrEqualTo(1);
            assertThat(first.getInt("cancelledAtProvider")).isGreaterThanOrEqualTo(1);
            assertThat(first.getInt("stillIssued")).isGreaterThanOrEqualTo(1);

            await().atMost(WAIT)
                    .until(() -> !events.records(
                                    r -> redeemed.equals(r.key()) && r.value().contains("\"coupon.redeemed\""))
                            .isEmpty());
            String redeemedEvent =
                    events.records(r -> redeemed.equals(r.key())).get(0).value();
            String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
            assertThat(redeemedEvent)
                    .contains(
                            "\"provider\":\"giftishow\"",
                            "\"date\":\"" + today + "\"",
                            "\"redeemedAt\":\"" + today + "T");
            await().atMost(WAIT)
                    .until(() -> !events.records(r -> expired.equals(r.key())
                                    && r.value().contains("\"coupon.expired\"")
                                    && r.value().contains("\"expiredAt\""))
                            .isEmpty());
        }
        // the first sight of a provider-side cancel may be our own cancel's event still on its way: noted only
        assertThat(openDiscrepancyReferences()).doesNotContain(cancelledThere);

        JsonPath second = sweep();
        assertThat(second.getInt("redeemed")).isZero();
        assertThat(second.getInt("expired")).isZero();

        assertThat(outboxTypes(redeemed)).containsExactly("coupon.redeemed");
        assertThat(outboxTypes(expired)).containsExactly("coupon.expired");
        assertThat(outboxTypes(untouched)).isEmpty();
        given().queryParam("status", "open")
                .queryParam("provider", "giftishow")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.reference == '" + cancelledThere + "' }.kind", String.class)
                .forEach(kind -> assertThat(kind).isEqualTo("CANCELLED_AT_PROVIDER"));
        assertThat(openDiscrepancyReferences()).containsOnlyOnce(cancelledThere);
    }

    @Test
    void shouldRejectASweepForAProviderWithALogOrABadLimit() {
        given().contentType("application/json")
                .body("{\"provider\":\"giftletter\"}")
                .post("/api/v1/settlement/status-sweeps")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"limit\":0}")
                .post("/api/v1/settlement/status-sweeps")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"limit\":\"many\"}")
                .post("/api/v1/settlement/status-sweeps")
                .then()
                .statusCode(400);
    }

    private final java.util.Map<String, String> trIds = new java.util.HashMap<>();

    private String issue() {
        String couponId = UUID.randomUUID().toString();
        String trId = GiftishowSandboxMother.trId();
        trIds.put(couponId, trId);
        GiftishowSandboxMother.send(trId);
        long before = LedgerTest.ledger("giftishow").getLong("entries");
        send(couponId, issuedWithTrId(couponId, "giftishow", GiftishowSandboxMother.AMERICANO_PRICE, trId));
        await().atMost(WAIT).until(() -> LedgerTest.ledger("giftishow").getLong("entries") > before);
        return couponId;
    }

    private Object lastChecked(String couponId) {
        Row row = database.preparedQuery("select last_checked_at from ledger_coupon where coupon_id = $1")
                .execute(Tuple.of(couponId))
                .await()
                .atMost(WAIT)
                .iterator()
                .next();
        return row.getValue(0);
    }

    private String tr(String couponId) {
        return trIds.get(couponId);
    }

    private static JsonPath sweep() {
        return given().contentType("application/json")
                .body("{\"provider\":\"giftishow\",\"limit\":1000}")
                .post("/api/v1/settlement/status-sweeps")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> openDiscrepancyReferences() {
        return given().queryParam("status", "open")
                .get("/api/v1/settlement/discrepancies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reference", String.class);
    }

    private List<String> outboxTypes(String couponId) {
        List<String> types = new ArrayList<>();
        for (Row row : database.preparedQuery("select event_type from outbox_event where event_key = $1 order by id")
                .execute(Tuple.of(couponId))
                .await()
                .atMost(WAIT)) {
            types.add(row.getString(0));
        }
        return types;
    }
}
