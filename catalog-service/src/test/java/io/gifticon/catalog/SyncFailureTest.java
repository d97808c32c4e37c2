package io.gifticon.catalog;

import static io.gifticon.catalog.Providers.goods;
import static io.gifticon.catalog.Providers.uniqueCode;
import static io.gifticon.catalog.Syncs.awaitFinished;
import static io.gifticon.catalog.Syncs.syncAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gifticon.catalog.service.CatalogSyncService;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.DomainException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(ProviderStub.class)
class SyncFailureTest {

    WireMockServer providers;

    @Inject
    CatalogSyncService syncs;

    @Test
    void shouldLeaveFailingProviderUntouchedAndStillSyncTheOthers() {
        String first = uniqueCode();
        String second = uniqueCode();
        String third = uniqueCode();
        List<String> catalog = List.of(
                goods(first, "아이스 아메리카노 T", "스타벅스", 4700, 4420, "SALE"),
                goods(second, "카푸치노 T", "스타벅스", 5000, 4700, "SALE"),
                goods(third, "에스프레소 T", "스타벅스", 4000, 3760, "SALE"));
        Providers.world(providers, catalog);
        syncAndWait();
        Providers.world(providers, catalog);
        Providers.giftishowPageFails(providers, 2);
        Providers.giftletterBrand(
                providers, "50", List.<String[]>of(new String[] {"9000000001", "GS25 1만원권", "10000", "9500", "Y"}));

        String syncId = syncAndWait();

        JsonPath run = Syncs.run(syncId);
        assertThat(run.getString("status")).isEqualTo("PARTIAL");
        assertThat(run.getString("providers.find { it.provider == 'giftishow' }.status"))
                .isEqualTo("FAILED");
        assertThat(run.getList("providers.find { it.provider == 'giftishow' }.errors", String.class))
                .isNotEmpty();
        assertThat(run.getInt("providers.find { it.provider == 'giftishow' }.discontinued"))
                .isZero();
        assertThat(run.getString("providers.find { it.provider == 'giftletter' }.status"))
                .isEqualTo("SUCCEEDED");
        assertThat(run.getInt("providers.find { it.provider == 'giftletter' }.added"))
                .isEqualTo(1);
        given().get("/api/v1/products/giftishow:" + third)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_SALE"));
        given().get("/api/v1/products/giftletter:9000000001")
                .then()
                .statusCode(200)
                .body("costPrice", equalTo(9500))
                .body("validDays", equalTo(60));
        providers.verify(
                WireMock.moreThan(1),
                WireMock.postRequestedFor(WireMock.urlEqualTo("/bizApi/goods"))
                        .withFormParam("start", WireMock.equalTo("2")));
    }

    @Test
    void shouldRunOnceWhenTwoSyncsAreRequestedAtOnce() {
        Providers.world(providers, List.of(goods(uniqueCode(), "슈크림 라떼 T", "스타벅스", 6300, 5920, "SALE")));
        // a slow brand list keeps the first run busy while the second request arrives
        providers.stubFor(WireMock.post(WireMock.urlEqualTo("/bizApi/brands"))
                .atPriority(1)
                .willReturn(WireMock.aResponse()
                        .withFixedDelay(1500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\",\"result\":{\"listNum\":0,\"brandList\":[]}}")));
        int before = given().get("/api/v1/catalog/syncs?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();

        var one = CompletableFuture.supplyAsync(SyncFailureTest::requestSync);
        var two = CompletableFuture.supplyAsync(SyncFailureTest::requestSync);
        List<Response> answers = List.of(one.join(), two.join());
        // every accepted run ends before anything is asserted: a failure here must not leave a run going for the
        // next test
        answers.stream()
                .filter(r -> r.statusCode() == 202)
                .forEach(r -> awaitFinished(r.jsonPath().getString("syncId")));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(202, 409);
        Response accepted =
                answers.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow();
        Response refused =
                answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("SYNC_ALREADY_RUNNING");
        assertThat(accepted.jsonPath().getString("syncId")).isNotBlank();
        assertThat(given().get("/api/v1/catalog/syncs?limit=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .hasSize(before + 1);
    }

    @Test
    void shouldStartOneScheduledRunPerFireTimeWhateverTheReplicas() throws Throwable {
        Providers.world(providers, List.of(goods(uniqueCode(), "딸기 라떼 T", "스타벅스", 6100, 5730, "SALE")));
        // every replica fires at the same time with the same key (SyncSchedule); the first one runs it
        String key = "scheduled:" + UUID.randomUUID();
        UUID first = VertxContextSupport.subscribeAndAwait(() -> syncs.start("SCHEDULED", null, key));
        awaitFinished(first.toString());

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> syncs.start("SCHEDULED", null, key)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already ran");
        assertThat(given().get("/api/v1/catalog/syncs?limit=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("findAll { it.trigger == 'SCHEDULED' }.syncId", String.class))
                .containsOnlyOnce(first.toString());
    }

    @Test
    void shouldRejectUnknownProvider() {
        given().contentType(ContentType.JSON)
                .body("{\"provider\":\"nope\"}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
        given().get("/api/v1/catalog/syncs/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .body("code", equalTo("SYNC_NOT_FOUND"));
    }

    private static Response requestSync() {
        return given().contentType(ContentType.JSON).body("{}").post("/api/v1/catalog/syncs");
    }
}
