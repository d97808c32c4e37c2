package io.gifticon.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka in commit order, each to its row's topic with its row's key, then marks them
 * published. One relay at a time across all replicas of a service (a PostgreSQL advisory lock held for the
 * round's transaction; advisory locks are per database), so one aggregate's events keep their order. A Kafka
 * failure rolls the round back and it is retried: delivery is at least once, consumers dedupe by event id.
 * The service configures the outgoing channel {@value #CHANNEL} (connector, serializers, acks).
 */
@ApplicationScoped
public class OutboxRelay {
    /** The outgoing channel every service using the outbox configures. */
    public static final String CHANNEL = "outbox-events";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "outbox" in ASCII. */
    private static final long LOCK_KEY = 0x6f7574626f78L;

    // field injection: Quarkus' messaging extension only wires emitters declared as @Inject @Channel fields
    @Inject
    @Channel(OutboxRelay.CHANNEL)
    MutinyEmitter<String> emitter;

    private final OutboxRepository outbox;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();

    public OutboxRelay(OutboxRepository outbox, OutboxConfig config, Vertx vertx) {
        this.outbox = outbox;
        this.config = config;
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return publishPending();
    }

    /** Asks for a round now, e.g. right after a transaction that wrote events committed. */
    public void wakeUp() {
        wakeRequested.set(true);
        SafeContexts.start(vertx, "outbox round", this::publishPending, LOG);
    }

    /** Publishes rounds until nothing is pending; returns at once if a round is already running here. */
    public Uni<Void> publishPending() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        wakeRequested.set(false);
        return Uni.createFrom()
                .deferred(this::round)
                .eventually(() -> running.set(false))
                .chain(published -> published >= config.batchSize() || wakeRequested.get()
                        ? publishPending()
                        : Uni.createFrom().voidItem());
    }

    private Uni<Integer> round() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(:key)", Boolean.class)
                        .setParameter("key", LOCK_KEY)
                        .getSingleResult())
                .chain(locked -> Boolean.TRUE.equals(locked)
                        ? outbox.pending(config.batchSize()).chain(this::publish)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publish(List<OutboxEventEntity> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // sent in id order; the producer (idempotent, acks=all) keeps that order per partition
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
                .withHeaders(List.of(new org.apache.kafka.common.header.internals.RecordHeader(
                        "ce_type", event.eventType.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }
}
