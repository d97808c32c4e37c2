package io.gifticon.web.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the module rules out: text PostgreSQL refuses reaching a service through any JSON field. */
class StorableTextModuleTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new StorableTextModule());

    record Recipient(String phone, String clientReference) {}

    record Batch(
            String title,
            List<Recipient> recipients,
            List<String> tags,
            Map<String, String> labels,
            JsonNode raw,
            Object extra) {}

    private UnstorableTextException refused(String body) {
        return catchThrowableOfType(UnstorableTextException.class, () -> json.readValue(body, Batch.class));
    }

    @Test
    void shouldNameTheTopLevelField() {
        UnstorableTextException e = refused("{\"title\":\"a\\u0000b\"}");
        assertThat(TextProblemMappers.fieldOf(e)).isEqualTo("title");
        assertThat(e.reason()).isEqualTo("must not contain a NUL character (U+0000)");
    }

    @Test
    void shouldNameTheFieldInsideAListOfRecords() {
        UnstorableTextException e =
                refused("{\"recipients\":[{\"phone\":\"01012345678\"},{\"phone\":\"010\\ud800\"}]}");
        assertThat(TextProblemMappers.fieldOf(e)).isEqualTo("recipients[1].phone");
    }

    @Test
    void shouldCheckListsOfStringsAndMapKeysAndValues() {
        assertThat(TextProblemMappers.fieldOf(refused("{\"tags\":[\"ok\",\"\\u0000\"]}")))
                .isEqualTo("tags[1]");
        assertThat(TextProblemMappers.fieldOf(refused("{\"labels\":{\"k\":\"\\udc00\"}}")))
                .isEqualTo("labels.k");
        assertThat(refused("{\"labels\":{\"k\\u0000\":\"v\"}}")).isNotNull();
    }

    @Test
    void shouldCheckEveryStringOfFreeFormValues() {
        assertThat(TextProblemMappers.fieldOf(refused("{\"raw\":{\"items\":[{\"name\":\"x\\u0000\"}]}}")))
                .isEqualTo("raw.items[0].name");
        assertThat(TextProblemMappers.fieldOf(refused("{\"extra\":{\"a\":[1,\"\\ud800\"]}}")))
                .isEqualTo("extra.a[1]");
        assertThat(refused("{\"raw\":{\"bad\\u0000name\":1}}")).isNotNull();
    }

    @Test
    void shouldRefuseATreeReadDirectly() {
        // a service parsing a raw body itself with the app's ObjectMapper gets the same check
        assertThat(catchThrowableOfType(UnstorableTextException.class, () -> json.readTree("{\"a\":\"\\u0000\"}")))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        UnstorableTextException.class, () -> json.readValue("[\"\\ud800\"]", JsonNode.class)))
                .isNotNull();
    }

    @Test
    void shouldLeaveStorableTextAlone() throws Exception {
        Batch batch = json.readValue(
                "{\"title\":\"커피 ☕ \\ud83c\\udf81\",\"recipients\":[{\"phone\":\"01012345678\"}],"
                        + "\"tags\":[\"a\"],\"labels\":{\"k\":\"v\"},\"raw\":{\"n\":[1,\"x\"]},\"extra\":\"e\"}",
                Batch.class);
        assertThat(batch.title()).isEqualTo("커피 ☕ \uD83C\uDF81");
        assertThat(batch.raw().path("n").get(1).asText()).isEqualTo("x");
        assertThat(batch.extra()).isEqualTo("e");
    }
}
