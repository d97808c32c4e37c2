package io.gifticon.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The one JSON form of events on the wire: ISO-8601 instants, unknown fields ignored by readers. */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventJson() {}

    public static String write(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> EventEnvelope<T> read(String json, TypeReference<EventEnvelope<T>> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getOriginalMessage(), e);
        }
    }

    public static EventEnvelope<CouponEventData> readCouponEvent(String json) {
        return read(json, new TypeReference<>() {});
    }

    public static EventEnvelope<ProductEventData> readProductEvent(String json) {
        return read(json, new TypeReference<>() {});
    }

    /**
     * An envelope read from {@code topic} with its {@code data} as the record of its type ({@link EventType#dataType});
     * empty for a type this version of the contract does not know (a consumer skips it). Throws
     * {@link IllegalArgumentException} for a record that is not an event envelope or whose data does not fit.
     */
    public static Optional<TypedEvent> readTyped(String topic, String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
            throw new IllegalArgumentException("not an event envelope: no type");
        }
        Optional<EventType> type = EventTypes.find(topic, tree.get("type").asText());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            EventEnvelope<JsonNode> raw = MAPPER.convertValue(tree, new TypeReference<EventEnvelope<JsonNode>>() {});
            Object data = raw.data() == null || raw.data().isNull()
                    ? null
                    : MAPPER.treeToValue(raw.data(), type.get().dataType());
            return Optional.of(new TypedEvent(
                    type.get(),
                    new EventEnvelope<>(
                            raw.id(), raw.type(), raw.source(), raw.time(), raw.subject(), raw.dataVersion(), data)));
        } catch (IllegalArgumentException | JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "not an event envelope of " + type.get().wireName(), e);
        }
    }

    /** An envelope whose {@code data} is the record of its {@link EventType}. */
    public record TypedEvent(EventType type, EventEnvelope<?> envelope) {

        /** The payload as {@code dataType} (the type's {@link EventType#dataType}). */
        public <T> T data(Class<T> dataType) {
            return dataType.cast(envelope.data());
        }
    }
}
