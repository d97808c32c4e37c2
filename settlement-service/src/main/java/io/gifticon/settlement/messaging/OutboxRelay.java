package io.gifticon.settlement.messaging;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.Background;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes outbox events to settlement-events in commit order, then marks them published; one relay at a time
 * across replicas (advisory lock for the round's transaction). At least once: consumers dedupe by event id.
 */
@ApplicationScoped
public class OutboxRelay {
    /** Advisory lock key: "stlout" in ASCII. */
    private static final long LOCK_KEY = 0x73746c6f7574L;

    // field injection: Quarkus' messaging extension only wires emitters declared as @Inject @Channel fields
    @Inject
    @Channel("settlement-events-out")
    MutinyEmitter<String> emitter;
    private final OutboxRepository outbox;
    private final SettlementConfig config;
    private final Background background;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();

    public OutboxRelay(OutboxRepository outbox, SettlementConfig config, Background background) {
        this.outbox = outbox;
        this.config = config;
        this.background = background;
    }

    @Scheduled(every = "${settlement.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return publishPending();
    }

    /** Asks for a round now, e.g. right after a transaction that wrote events committed. */
    public void wakeUp() {
        wakeRequested.set(true);
        background.run("outbox round", this::publishPending);
    }

    public Uni<Void> publishPending() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        wakeRequested.set(false);
        return Uni.createFrom().deferred(this::round)
                .eventually(() -> running.set(false))
                .chain(published -> published >= config.outbox().batchSize() || wakeRequested.get()
                        ? publishPending() : Uni.createFrom().voidItem());
    }

    private Uni<Integer> round() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(:key)", Boolean.class)
                        .setParameter("key", LOCK_KEY).getSingleResult())
                .chain(locked -> Boolean.TRUE.equals(locked)
                        ? outbox.pending(config.outbox().batchSize()).chain(this::publish)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publish(List<OutboxEventEntity> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Void>> sends = events.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().map(ignored -> {
            Instant now = Instant.now();
            events.forEach(e -> e.publishedAt = now);
            return events.size();
        });
    }

    private Uni<Void> send(OutboxEventEntity event) {
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.eventKey)
                .withHeaders(List.of(new RecordHeader("ce_type", event.eventType.getBytes(StandardCharsets.UTF_8))))
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }
}
