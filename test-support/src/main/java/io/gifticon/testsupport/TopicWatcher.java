package io.gifticon.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the real broker from "now" on, in the background, so that a test can wait (with Awaitility)
 * for the records its action causes. Uses partition assignment, not a consumer group: nothing is committed.
 */
public final class TopicWatcher implements AutoCloseable {
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile boolean positioned;

    public TopicWatcher(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        poller = new Thread(() -> run(consumer, topic), "topic-watcher-" + topic);
        poller.setDaemon(true);
        poller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!positioned && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        if (!positioned) {
            close();
            throw new IllegalStateException("topic " + topic + " could not be read at " + bootstrapServers);
        }
    }

    private void run(KafkaConsumer<String, String> consumer, String topic) {
        try (consumer) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.isEmpty() && running && System.nanoTime() < deadline) {
                // asking for metadata creates the topic on a broker with auto.create.topics.enable
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned = true;
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (RuntimeException e) {
            if (running) {
                e.printStackTrace();
            }
        }
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> records(Predicate<ConsumerRecord<String, String>> filter) {
        return records.stream().filter(filter).collect(Collectors.toList());
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
