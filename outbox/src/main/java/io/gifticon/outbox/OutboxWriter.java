package io.gifticon.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;

/**
 * Writes outbox rows on a reactive-client connection, in the caller's transaction (the one that changes the state
 * the event reports). Code that works in a Hibernate Reactive session persists the {@link OutboxEventEntity} through
 * {@link OutboxRepository} instead; nothing else writes {@code outbox_event}. The relay is not woken here: the caller
 * calls {@link OutboxRelay#wakeUp()} once its transaction committed.
 */
public final class OutboxWriter {
    /**
     * The head of an insert of outbox rows, columns in this order: event id, topic, key, type, payload, created at
     * ({@code published_at} stays null). For a set-based statement that writes rows of many events at once (an
     * {@code insert ... select} inside a larger statement); a single row is written with {@link #insert}.
     */
    public static final String INSERT_INTO =
            "insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at)";

    private static final String INSERT_ROW = INSERT_INTO + " values ($1, $2, $3, $4, $5, $6)";

    private OutboxWriter() {}

    /** Inserts {@code row} (built by {@link OutboxEventEntity#of}) on {@code connection}; its id is left unset. */
    public static Uni<Void> insert(SqlConnection connection, OutboxEventEntity row) {
        return connection
                .preparedQuery(INSERT_ROW)
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
