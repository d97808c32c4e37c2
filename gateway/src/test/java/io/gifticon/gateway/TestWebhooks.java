package io.gifticon.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Registers webhooks through the public API. */
final class TestWebhooks {
    static final String SECRET = "whsec-test-0123456789abcdef";

    private TestWebhooks() {}

    static String register(String apiKey, String url, String... eventTypes) {
        return given().header("X-Api-Key", apiKey)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(eventTypes), "secret", SECRET))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
