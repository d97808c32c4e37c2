package io.gifticon.catalog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Starting a sync through the API and waiting for its end. */
public final class Syncs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Syncs() {}

    /** Starts a sync of every provider and returns its id once it has finished. */
    public static String syncAndWait() {
        String id = given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/catalog/syncs")
                .then()
                .statusCode(202)
                .extract()
                .path("syncId");
        awaitFinished(id);
        return id;
    }

    public static JsonPath awaitFinished(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(run(id).getString("status")));
        return run(id);
    }

    public static JsonPath run(String id) {
        return given().get("/api/v1/catalog/syncs/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
