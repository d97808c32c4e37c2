package io.gifticon.settlement.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Event ids applied already (consumers' deduplication), in the caller's transaction. */
@ApplicationScoped
public class ProcessedEventRepository {

    /** Records the event as processed; true the first time, false when it was processed before. */
    public Uni<Boolean> firstTime(String eventId, String eventType) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into processed_event (event_id, event_type, "
                                + "processed_at) values (:id, :type, now()) on conflict do nothing")
                        .setParameter("id", eventId)
                        .setParameter("type", eventType)
                        .executeUpdate())
                .map(rows -> rows > 0);
    }
}
