package io.gifticon.settlement.messaging;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.outbox.OutboxEventEntity;
import java.time.Instant;

/** Builds the outbox row of a settlement event. */
public final class SettlementEvents {
    static final String SOURCE = EventSources.SETTLEMENT;

    private SettlementEvents() {}

    public static OutboxEventEntity outboxRow(SettlementEventType type, String subject, Object data, Instant at) {
        return OutboxEventEntity.of(
                Topics.SETTLEMENT_EVENTS, subject, EventEnvelope.of(type.wireName(), SOURCE, at, subject, data));
    }
}
