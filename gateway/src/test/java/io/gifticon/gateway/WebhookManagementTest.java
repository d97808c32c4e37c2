package io.gifticon.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookManagementTest {
    @Inject
    Pool database;

    @Test
    void shouldRefuseWebhooksToKeyWithoutManageScope() {
        given().header("X-Api-Key", "reader-key")
                .get("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldRefuseWebhooksWithoutKey() {
        given().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldShowOnlyTheClientsOwnWebhooksWithoutSecret() {
        var owner = TestClients.newClient(database, "webhooks:manage");
        var other = TestClients.newClient(database, "webhooks:manage");
        String id = TestWebhooks.register(owner.key(), "https://mgmt.hooks.example/hook", "coupon.issued");

        given().header("X-Api-Key", owner.key())
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id))
                .body("[0].secret", nullValue());
        given().header("X-Api-Key", other.key())
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
        given().header("X-Api-Key", other.key())
                .delete("/api/v1/webhooks/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldDeleteOwnWebhook() {
        var owner = TestClients.newClient(database, "admin");
        String id = TestWebhooks.register(owner.key(), "https://mgmt.hooks.example/hook", "coupon.cancelled");

        given().header("X-Api-Key", owner.key())
                .delete("/api/v1/webhooks/" + id)
                .then()
                .statusCode(204);
        given().header("X-Api-Key", owner.key())
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRejectUnknownEventType() {
        var owner = TestClients.newClient(database, "webhooks:manage");

        given().header("X-Api-Key", owner.key())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "https://mgmt.hooks.example/hook",
                        "eventTypes",
                        List.of("coupon.eaten"),
                        "secret",
                        TestWebhooks.SECRET))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
