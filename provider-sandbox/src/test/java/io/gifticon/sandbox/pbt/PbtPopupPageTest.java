package io.gifticon.sandbox.pbt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PbtPopupPageTest {

    @Test
    void shouldServePopupPageWithStableElementIds() {
        given().get("/pbt/popup/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("id=\"member-input\""))
                .body(containsString("id=\"ok-button\""))
                .body(containsString("id=\"cancel-button\""))
                .body(containsString("id=\"error-user-message\""))
                .body(containsString("popup.js"));
    }

    @Test
    void shouldServeScriptHandlingEveryMessageTypeOfTheProtocol() {
        given().get("/pbt/popup/popup.js")
                .then()
                .statusCode(200)
                .body(containsString("addEventListener('message'"))
                .body(containsString("case 'connection'"))
                .body(containsString("case 'confirm'"))
                .body(containsString("case 'cancel'"))
                .body(containsString("case 'barcode'"))
                .body(containsString("event.source"))
                .body(containsString("autoCloseTime"));
    }

    @Test
    void shouldServeHostDemoEmbeddingThePopupAt5To7() {
        given().get("/pbt/host-demo.html")
                .then()
                .statusCode(200)
                .body(containsString("<iframe id=\"popup-frame\" src=\"popup/\""))
                .body(containsString("width: 500px; height: 700px"))
                .body(containsString("type: 'connection'"));
    }

    @Test
    void shouldServePopupConfigWithoutSecrets() {
        given().get("/sandbox/pbt/config")
                .then()
                .statusCode(200)
                .body(containsString("POINT_REDEEM"))
                .body(not(containsString("sandbox-pass")));
    }
}
