package io.gifticon.settlement.service;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays {@code coupon-events-dlq} into the ledger once the cause is fixed (e.g. a product that could not be priced):
 * reads from where the last replay stopped (consumer group {@code settlement-dlq-replay}) up to the end offsets seen
 * at the start, applies each record as the consumer would (idempotent by event id, so a record that made it after
 * all changes nothing). A record that is not an event envelope can never succeed: counted and passed. Any other
 * failure stops the replay in that partition before the record, so that it is tried again next time.
 */
@ApplicationScoped
public class DeadLetterReplay {
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    static final String GROUP = "settlement-dlq-replay";
    private final LedgerService ledger;
    private final String bootstrap;
    private final String topic;

    public DeadLetterReplay(
            LedgerService ledger,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(
                            name = "mp.messaging.incoming.coupon-events-in.dead-letter-queue.topic",
                            defaultValue = "coupon-events-dlq")
                    String topic) {
        this.ledger = ledger;
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /** Counts of one replay. */
    public record ReplaySummary(String topic, int read, int applied, int unreadable, int stoppedPartitions) {}

    /** Runs on a worker thread (a Kafka consumer blocks). */
    public Uni<ReplaySummary> replay() {
        return Uni.createFrom().item(this::run).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private synchronized ReplaySummary run() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        int read = 0;
        int applied = 0;
        int unreadable = 0;
        int stopped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            if (partitions.isEmpty()) {
                return new ReplaySummary(topic, 0, 0, 0, 0);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> remaining = new HashMap<>(end);
            partitions.forEach(p -> {
                if (consumer.position(p, Duration.ofSeconds(10)) >= end.get(p)) {
                    remaining.remove(p);
                }
            });
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (!remaining.containsKey(tp) || r.offset() >= end.get(tp)) {
                        continue;
                    }
                    read++;
                    try {
                        VertxContextSupport.subscribeAndAwait(() -> ledger.apply(r.value()));
                        applied++;
                    } catch (IllegalArgumentException notAnEvent) {
                        unreadable++; // EventJson: not an envelope; replaying it again cannot help
                    } catch (Throwable failure) {
                        LOG.warnf(
                                "dead-letter replay stops in %s at offset %d: %s", tp, r.offset(), failure.toString());
                        stopped++;
                        consumer.commitSync(Map.of(tp, new OffsetAndMetadata(r.offset())));
                        consumer.pause(List.of(tp));
                        remaining.remove(tp);
                        continue;
                    }
                    consumer.commitSync(Map.of(tp, new OffsetAndMetadata(r.offset() + 1)));
                    if (r.offset() + 1 >= end.get(tp)) {
                        remaining.remove(tp);
                    }
                }
            }
        }
        return new ReplaySummary(topic, read, applied, unreadable, stopped);
    }
}
