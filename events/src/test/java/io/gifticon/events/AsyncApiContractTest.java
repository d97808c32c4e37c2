package io.gifticon.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contract (asyncapi.yaml) and the code's event types cannot drift apart, on any topic: every type of
 * {@link EventTypes} is a message of its topic's channel and nothing else is, and every payload record's fields are
 * the documented schema's properties.
 */
class AsyncApiContractTest {
    private static final List<String> TOPICS =
            List.of(Topics.COUPON_EVENTS, Topics.CATALOG_EVENTS, Topics.SETTLEMENT_EVENTS);
    private static JsonNode doc;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    static Stream<String> topics() {
        return TOPICS.stream();
    }

    static Stream<EventType> types() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void shouldDocumentEveryTypeOfTheTopicAsAMessageOfItsChannelAndNoOther(String topic) {
        List<String> documented =
                messages(topic).stream().map(m -> m.path("name").asText()).toList();

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(
                        EventTypes.of(topic).stream().map(EventType::wireName).toList());
    }

    @ParameterizedTest
    @MethodSource("types")
    void shouldDocumentThePayloadRecordFieldByField(EventType type) {
        JsonNode message = messages(type.topic()).stream()
                .filter(m -> m.path("name").asText().equals(type.wireName()))
                .findFirst()
                .orElseThrow();
        JsonNode event = resolve(message.path("payload"));
        JsonNode data = resolve(event.at("/allOf/1/properties/data"));
        List<String> documented = new ArrayList<>();
        data.path("properties").fieldNames().forEachRemaining(documented::add);

        assertThat(documented)
                .as(type.wireName() + " on " + type.topic())
                .containsExactlyInAnyOrderElementsOf(fields(type.dataType()));
        List<String> envelopeTypes = new ArrayList<>();
        event.at("/allOf/1/properties/type/enum").forEach(t -> envelopeTypes.add(t.asText()));
        assertThat(envelopeTypes).contains(type.wireName());
    }

    @Test
    void shouldNameTheTopicsTheCodeUses() {
        for (String topic : TOPICS) {
            assertThat(doc.at("/channels/" + topic + "/bindings/kafka/topic").asText())
                    .isEqualTo(topic);
        }
    }

    @Test
    void shouldNameEachTopicsOnlyProducerAsAPossibleSource() {
        List<String> sources = new ArrayList<>();
        doc.at("/components/schemas/EventEnvelope/properties/source/enum").forEach(s -> sources.add(s.asText()));

        assertThat(sources)
                .containsExactlyInAnyOrderElementsOf(TOPICS.stream()
                        .map(t -> EventSources.ownerOf(t).orElseThrow())
                        .toList());
    }

    private static List<JsonNode> messages(String topic) {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode ref : doc.at("/channels/" + topic + "/subscribe/message/oneOf")) {
            messages.add(resolve(ref));
        }
        return messages;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : doc.at(ref.substring(1));
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
