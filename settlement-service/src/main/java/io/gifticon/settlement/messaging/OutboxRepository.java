package io.gifticon.settlement.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Pending outbox rows in commit order. */
@ApplicationScoped
public class OutboxRepository {

    public Uni<List<OutboxEventEntity>> pending(int limit) {
        return OutboxEventEntity.<OutboxEventEntity>find("publishedAt is null order by id").page(0, limit).list();
    }
}
