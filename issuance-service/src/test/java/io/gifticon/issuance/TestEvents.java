package io.gifticon.issuance;

import io.gifticon.testsupport.LocalInfra;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Other services' events as they put them on Kafka (envelopes of the events module), for the consumer tests. */
final class TestEvents implements AutoCloseable {
    /** The test profile's catalog topic (see application.properties). */
    static final String CATALOG_TOPIC = "issuance-test.catalog-events";

    static final String SETTLEMENT_TOPIC = "settlement-events";

    private final KafkaProducer<String, String> producer;

    TestEvents() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    /** Sends to partition 0, so that the records of one test are consumed in the order they were sent. */
    void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, 0, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static String envelope(String id, String type, String source, Instant time, String subject, String data) {
        return """
                {"id":"%s","type":"%s","source":"%s","time":"%s","subject":"%s","dataVersion":1,"data":%s}""".formatted(id, type, source, time, subject, data);
    }

    @Override
    public void close() {
        producer.close();
    }
}
