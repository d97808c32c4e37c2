package io.gifticon.gateway.webhook;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns every coupon event into PENDING deliveries for the matching webhooks of the coupon's client. The record is
 * acknowledged (and its offset committed) only after the deliveries are stored; a database outage is retried here
 * rather than skipping events. Deliveries are unique per (webhook, event), so a record seen twice is harmless.
 * A record that is not an event envelope fails (nack): the channel's dead-letter-queue strategy copies it to
 * {@value #DEAD_LETTER_TOPIC} (with the reason, original topic, partition and offset as headers) and goes on. An
 * event whose source is not issuance-service (the topic's owner) is skipped ({@link ForeignEvents}).
 */
@ApplicationScoped
public class CouponEventsToWebhooks {
    private static final Logger LOG = Logger.getLogger(CouponEventsToWebhooks.class);
    /** Where unreadable records of coupon-events go (the channel's dead-letter-queue.topic). */
    public static final String DEAD_LETTER_TOPIC = "coupon-events.gateway-dlq";

    private final WebhookRepository repository;
    private final ForeignEvents foreign;

    public CouponEventsToWebhooks(WebhookRepository repository, ForeignEvents foreign) {
        this.repository = repository;
        this.foreign = foreign;
    }

    @Incoming("coupon-events-webhooks")
    public Uni<Void> consume(String value) {
        EventEnvelope<CouponEventData> event;
        try {
            event = EventJson.readCouponEvent(value);
        } catch (RuntimeException e) {
            // the parser's message may quote the record: only its type is logged, the record goes to the DLQ
            LOG.warnf(
                    "a record of coupon-events is not an event envelope (%s): sent to %s",
                    e.getClass().getSimpleName(), DEAD_LETTER_TOPIC);
            return Uni.createFrom().failure(new UnreadableEvent(e.getClass().getSimpleName()));
        }
        if (!foreign.fromOwner(Topics.COUPON_EVENTS, "gateway-webhooks", event)) {
            return Uni.createFrom().voidItem();
        }
        if (event.data() == null || event.data().clientId() == null) {
            return Uni.createFrom().voidItem();
        }
        return repository
                .storeDeliveries(
                        event.data().clientId(),
                        event.id(),
                        event.type(),
                        event.subject(),
                        event.time().atOffset(ZoneOffset.UTC),
                        value)
                .onFailure()
                .invoke(e -> LOG.warnf(
                        "storing webhook deliveries of event %s failed, retrying: %s", event.id(), e.toString()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .replaceWithVoid();
    }

    /** Nacks an unreadable record; its message (the dead-letter-reason header) never holds the record's content. */
    static final class UnreadableEvent extends RuntimeException {
        UnreadableEvent(String parserError) {
            super("not a coupon event envelope (" + parserError + ")", null, false, false);
        }
    }
}
