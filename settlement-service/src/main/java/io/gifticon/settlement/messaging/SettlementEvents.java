package io.gifticon.settlement.messaging;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Builds the outbox row of a settlement event. */
public final class SettlementEvents {
    static final String SOURCE = "settlement-service";

    private SettlementEvents() {
    }

    public static OutboxEventEntity outboxRow(SettlementEventType type, String subject, Object data, Instant at) {
        var envelope = EventEnvelope.of(type.wireName(), SOURCE, at, subject, data);
        OutboxEventEntity row = new OutboxEventEntity();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = Topics.SETTLEMENT_EVENTS;
        row.eventKey = subject;
        row.eventType = type.wireName();
        row.payload = EventJson.write(envelope);
        row.createdAt = at;
        return row;
    }
}
