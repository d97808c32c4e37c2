package io.gifticon.outbox;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event written in the same transaction as the state change it reports, published later by the relay. Each
 * service that uses it has the table {@code outbox_event} in its own database (its Flyway migrations create it).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public UUID eventId;

    public String topic;

    @Column(name = "event_key")
    public String eventKey;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The row for an event on a topic, keyed by the aggregate it concerns. */
    public static OutboxEventEntity of(String topic, String key, EventEnvelope<?> envelope) {
        OutboxEventEntity row = new OutboxEventEntity();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = topic;
        row.eventKey = key;
        row.eventType = envelope.type();
        row.payload = EventJson.write(envelope);
        row.createdAt = envelope.time();
        return row;
    }
}
