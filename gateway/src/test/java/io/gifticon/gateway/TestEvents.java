package io.gifticon.gateway;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.testsupport.LocalInfra;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes coupon events to the real {@code coupon-events} topic as issuance-service does (key = coupon id). */
final class TestEvents {
    private static KafkaProducer<String, String> producer;

    private TestEvents() {}

    static EventEnvelope<CouponEventData> couponEvent(String clientId, String couponId, String type) {
        return EventEnvelope.of(
                type,
                "issuance-service",
                Instant.now(),
                couponId,
                new CouponEventData(
                        couponId,
                        clientId,
                        null,
                        "ISSUED",
                        "ISSUING",
                        "giftishow",
                        "giftishow:G00000280811",
                        "tr-" + UUID.randomUUID(),
                        null,
                        "PIN",
                        "010-****-5678",
                        null,
                        null,
                        null,
                        Instant.now(),
                        null,
                        null));
    }

    static void publish(EventEnvelope<?> event) {
        publishRaw(Topics.COUPON_EVENTS, event.subject(), EventJson.write(event));
    }

    /** Any record, e.g. one that is not an event at all. */
    static synchronized void publishRaw(String topic, String key, String value) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }
}
