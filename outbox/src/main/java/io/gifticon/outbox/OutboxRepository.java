package io.gifticon.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Pending outbox events, oldest first. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEventEntity> {

    public Uni<List<OutboxEventEntity>> pending(int limit) {
        return find("publishedAt is null order by id").page(0, limit).list();
    }
}
