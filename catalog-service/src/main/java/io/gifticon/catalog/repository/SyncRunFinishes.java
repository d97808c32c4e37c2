package io.gifticon.catalog.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/** When sync runs finished, read often by every replica: one tiny query on the reactive client, no ORM session. */
@ApplicationScoped
public class SyncRunFinishes {
    private final Pool database;

    public SyncRunFinishes(Pool database) {
        this.database = database;
    }

    /** The latest finish time of any run; empty while none has finished. */
    public Uni<Optional<OffsetDateTime>> latest() {
        return database.query("select max(finished_at) from sync_run")
                .execute()
                .map(rows -> Optional.ofNullable(rows.iterator().next().getOffsetDateTime(0)));
    }
}
