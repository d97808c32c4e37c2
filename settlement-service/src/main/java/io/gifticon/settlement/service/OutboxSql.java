package io.gifticon.settlement.service;

import io.gifticon.outbox.OutboxEventEntity;
import io.gifticon.settlement.messaging.SettlementEventType;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes a settlement event's outbox row on a plain SQL connection (inside the caller's transaction). */
final class OutboxSql {
    private OutboxSql() {}

    static Uni<Void> insert(
            SqlConnection connection, SettlementEventType type, String subject, Object data, Instant at) {
        OutboxEventEntity row = SettlementEvents.outboxRow(type, subject, data, at);
        return connection
                .preparedQuery("insert into outbox_event (event_id, topic, event_key, event_type, payload, "
                        + "created_at) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(
                        row.eventId,
                        row.topic,
                        row.eventKey,
                        row.eventType,
                        row.payload,
                        row.createdAt.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
