package io.gifticon.gateway.stream;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.gifticon.gateway.config.EventStreamConfig;
import io.gifticon.gateway.webhook.ForeignEvents;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the {@link EventBuffer} from {@code coupon-events} with a consumer group of this instance alone; on
 * assignment it seeks back {@code gateway.events.buffer-age} so that a fresh instance can resume streams too.
 * Nothing is committed: the buffer is rebuilt from the topic at every start.
 */
@ApplicationScoped
@Identifier("gateway-sse-rebalance") public class CouponEventsToStream implements KafkaConsumerRebalanceListener {
    private static final Logger LOG = Logger.getLogger(CouponEventsToStream.class);

    private final EventBuffer buffer;
    private final EventStreamConfig config;
    private final ForeignEvents foreign;

    public CouponEventsToStream(EventBuffer buffer, EventStreamConfig config, ForeignEvents foreign) {
        this.buffer = buffer;
        this.config = config;
        this.foreign = foreign;
    }

    @Incoming("coupon-events-sse")
    public void consume(String value) {
        try {
            EventEnvelope<CouponEventData> event = EventJson.readCouponEvent(value);
            if (!foreign.fromOwner(Topics.COUPON_EVENTS, "gateway-sse", event)) {
                return;
            }
            if (event.data() != null && event.data().clientId() != null) {
                buffer.add(event.id(), event.type(), event.data().clientId(), value, event.time());
            }
        } catch (RuntimeException e) {
            // the webhooks consumer sends it to the dead-letter topic; here it is skipped (never its content logged)
            LOG.debugf(
                    "skipping a record of coupon-events that is not an event envelope (%s)",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        long since = System.currentTimeMillis() - config.bufferAge().toMillis();
        try {
            Map<TopicPartition, OffsetAndTimestamp> offsets =
                    consumer.offsetsForTimes(partitions.stream().collect(Collectors.toMap(p -> p, p -> since)));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            partitions.forEach(p -> {
                OffsetAndTimestamp offset = offsets.get(p);
                consumer.seek(p, offset != null ? offset.offset() : ends.get(p));
            });
        } catch (RuntimeException e) {
            LOG.warnf("cannot seek the event stream consumer back %s: %s", config.bufferAge(), e.toString());
        }
        buffer.markAssigned();
    }
}
