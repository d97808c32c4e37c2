package io.gifticon.settlement.support;

import io.gifticon.testsupport.LocalInfra;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Coupon event envelopes as issuance writes them, produced to this run's coupon topic. */
public final class CouponEventMother {
    /** The %test PIN hash key of application.properties. */
    public static final String PIN_HASH_KEY = "test-pin-hash-key";

    private static KafkaProducer<String, String> producer;

    private CouponEventMother() {}

    public static String envelope(
            String eventId,
            String type,
            String couponId,
            String status,
            String provider,
            Long cost,
            String pinHash,
            Instant at) {
        return envelope(eventId, type, couponId, status, provider, cost, pinHash, "tr-" + couponId, at);
    }

    public static String envelope(
            String eventId,
            String type,
            String couponId,
            String status,
            String provider,
            Long cost,
            String pinHash,
            String trId,
            Instant at) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"source\":\"issuance-service\",\"time\":\"" + at
                + "\",\"subject\":\"" + couponId + "\",\"dataVersion\":1,\"data\":{\"couponId\":\"" + couponId
                + "\",\"clientId\":\"client-1\",\"status\":\"" + status + "\",\"provider\":\"" + provider
                + "\",\"productId\":\"" + provider + ":G0001\",\"providerTransactionId\":\"" + trId + "\""
                + (cost == null ? "" : ",\"cost\":" + cost)
                + (pinHash == null ? "" : ",\"pinHash\":\"" + pinHash + "\"")
                + ",\"occurredAt\":\"" + at + "\"}}";
    }

    /** The same envelope claiming another {@code source} (a forged record: only issuance-service owns the topic). */
    public static String fromSource(String envelope, String source) {
        return envelope.replace("\"source\":\"issuance-service\"", "\"source\":\"" + source + "\"");
    }

    public static String issued(String couponId, String provider, long cost, Instant at) {
        return envelope(UUID.randomUUID().toString(), "coupon.issued", couponId, "ISSUED", provider, cost, null, at);
    }

    /** coupon.issued of a Giftishow coupon sent with {@code trId} (what the status sweep asks 0201 about). */
    public static String issuedWithTrId(String couponId, String provider, long cost, String trId) {
        return envelope(
                UUID.randomUUID().toString(),
                "coupon.issued",
                couponId,
                "ISSUED",
                provider,
                cost,
                null,
                trId,
                Instant.now());
    }

    public static String issuedWithPin(String couponId, String provider, long cost, String pin) {
        return envelope(
                UUID.randomUUID().toString(),
                "coupon.issued",
                couponId,
                "ISSUED",
                provider,
                cost,
                pinHash(pin),
                Instant.now());
    }

    public static String cancelled(String couponId, String provider, Instant at) {
        return envelope(
                UUID.randomUUID().toString(), "coupon.cancelled", couponId, "CANCELLED", provider, null, null, at);
    }

    public static String pinHash(String pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PIN_HASH_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(pin.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static synchronized void send(String key, String json) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.KAFKA_BOOTSTRAP);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        try {
            producer.send(new ProducerRecord<>(SettlementTestResources.couponTopic(), key, json))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + SettlementTestResources.couponTopic(), e);
        }
    }
}
