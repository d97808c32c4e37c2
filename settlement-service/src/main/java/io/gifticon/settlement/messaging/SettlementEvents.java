package io.gifticon.settlement.messaging;

import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxEventEntity;
import io.gifticon.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;

/**
 * Builds the outbox row of a settlement event (types and payloads: the {@code events} module's
 * {@link SettlementEventType} and {@code SettlementEventData}); written in a Hibernate session by persisting it, or on a
 * reactive-client connection by {@link #insert} (the outbox module's {@link OutboxWriter}).
 */
public final class SettlementEvents {
    static final String SOURCE = EventSources.SETTLEMENT;

    private SettlementEvents() {}

    public static OutboxEventEntity outboxRow(SettlementEventType type, String subject, Object data, Instant at) {
        return OutboxEventEntity.of(
                type.topic(), subject, EventEnvelope.of(type.wireName(), SOURCE, at, subject, data));
    }

    /** Writes the event's outbox row on {@code connection}, inside the caller's transaction. */
    public static Uni<Void> insert(
            SqlConnection connection, SettlementEventType type, String subject, Object data, Instant at) {
        return OutboxWriter.insert(connection, outboxRow(type, subject, data, at));
    }
}
