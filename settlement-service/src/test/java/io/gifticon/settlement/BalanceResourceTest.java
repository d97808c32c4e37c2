package io.gifticon.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class BalanceResourceTest {

    @Test
    void shouldShowLatestBalancePerProviderWithDrift() throws Throwable {
        Instant now = Instant.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.persistAll(
                        snapshot(1_000_000, 1_000_000, now.minus(1, ChronoUnit.HOURS)),
                        snapshot(995_770, 1_000_000, now)))));

        given().get("/api/v1/settlement/balances")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].provider", equalTo("giftishow"))
                .body("[0].observed", equalTo(995_770))
                .body("[0].drift", equalTo(-4_230));
    }

    /** The management interface's root ({@code /q}) on its own random port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPortOnly() {
        given().get(management + "health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "health/live").then().statusCode(200);
        given().get(management + "metrics").then().statusCode(200);
        // the public port (behind the gateway) serves neither; it keeps the OpenAPI document the gateway merges
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    private static BalanceSnapshotEntity snapshot(long observed, long expected, Instant at) {
        BalanceSnapshotEntity s = new BalanceSnapshotEntity();
        s.provider = "giftishow";
        s.observed = observed;
        s.expected = expected;
        s.observedAt = at;
        return s;
    }
}
