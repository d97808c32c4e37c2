package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The POS page's files and settings, and the key-less settlement pages route (the browser run: system-tests). */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class PosPageTest {
    private static final String POS_KEY = "pos-test-key";

    BackendStub.SettlementStub settlement;

    @Test
    void shouldServeThePageWithoutKey() {
        given().get("/pos/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("popup-frame"), containsString("pos.js"));
        given().get("/pos/pos.js").then().statusCode(200).body(containsString("postMessage"));
        given().get("/pos/pos.css").then().statusCode(200).body(containsString("5 / 7"));
        given().redirects().follow(false).get("/pos").then().statusCode(301).header("Location", "/pos/");
    }

    @Test
    void shouldGivePopupSettingsToAKeyWithPosWrite() {
        given().header("X-Api-Key", POS_KEY)
                .get("/pos/config")
                .then()
                .statusCode(200)
                .body("popupUrl", equalTo("http://localhost:8090/pbt/popup/"))
                .body("popupOrigin", equalTo("http://localhost:8090"))
                .body("auth.applicationKey", equalTo("sandbox-app-key"))
                .body("auth.accessType", equalTo("POS0001"))
                .body("autoCloseTime", greaterThan(0));
    }

    @Test
    void shouldRefuseSettingsWithoutKeyOrScope() {
        given().get("/pos/config")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("X-Api-Key", "demo-local-key")
                .get("/pos/config")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldForwardSettlementPagesWithoutKey() {
        given().header("X-Api-Key", "demo-local-key")
                .header("X-Client-Id", "spoofed")
                .get("/ui/settlement/index.html")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(equalTo("<html>charts</html>"))
                .header("X-Request-Id", notNullValue());
        given().get("/ui/settlement/index.html").then().statusCode(200);

        // the pages get no key and no client identity: they send the user's key to /api/v1/settlement themselves
        settlement
                .server()
                .verify(
                        2,
                        getRequestedFor(urlEqualTo("/ui/settlement/index.html"))
                                .withHeader("X-Api-Key", absent())
                                .withHeader("X-Client-Id", absent())
                                .withHeader("X-Request-Id", matching(".+")));
    }

    @Test
    void shouldRefuseWritesToSettlementPages() {
        given().post("/ui/settlement/index.html")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
