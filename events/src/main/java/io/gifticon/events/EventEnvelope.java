package io.gifticon.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents-style envelope of every event on every topic; consumers dedupe by {@code id}.
 *
 * @param id          unique event id (UUID), the consumers' deduplication key
 * @param type        event type, e.g. {@code coupon.issued}
 * @param source      producing service, e.g. {@code issuance-service}
 * @param time        when the state change happened
 * @param subject     aggregate id the event is about (also the Kafka record key)
 * @param dataVersion version of the {@code data} schema for this type
 * @param data        type-specific payload
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T>(
        String id, String type, String source, Instant time, String subject, int dataVersion, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
    }

    /** A new envelope with a fresh random id. */
    public static <T> EventEnvelope<T> of(String type, String source, Instant time, String subject, T data) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), type, source, time, subject, 1, data);
    }
}
