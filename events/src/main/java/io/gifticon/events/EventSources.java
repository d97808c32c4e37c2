package io.gifticon.events;

import java.util.Map;
import java.util.Optional;

/**
 * Who may publish what: each topic has exactly one producing service, named in the envelope's {@code source}.
 * Kafka's ACLs (deploy/k8s) stop any other principal from writing a topic; consumers check the envelope as well,
 * so a record whose {@code source} is not the topic's owner (a forged {@code coupon.redeemed} "from settlement" on
 * coupon-events, a test producer, a misrouted record) is ignored and never acted on.
 */
public final class EventSources {
    /** Producer of {@link Topics#CATALOG_EVENTS}. */
    public static final String CATALOG = "catalog-service";
    /** Producer of {@link Topics#COUPON_EVENTS}. */
    public static final String ISSUANCE = "issuance-service";
    /** Producer of {@link Topics#SETTLEMENT_EVENTS}. */
    public static final String SETTLEMENT = "settlement-service";

    private static final Map<String, String> OWNERS = Map.of(
            Topics.CATALOG_EVENTS, CATALOG,
            Topics.COUPON_EVENTS, ISSUANCE,
            Topics.SETTLEMENT_EVENTS, SETTLEMENT);

    private EventSources() {}

    /** The service that owns (alone publishes) the topic and every event type on it. */
    public static Optional<String> ownerOf(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    /** Whether an event read from {@code topic} comes from the topic's owner; consumers skip it otherwise. */
    public static boolean isFromOwner(String topic, EventEnvelope<?> event) {
        return event != null
                && ownerOf(topic).map(owner -> owner.equals(event.source())).orElse(false);
    }

    /** Same check for a consumer that reads the envelope's {@code source} field itself. */
    public static boolean isFromOwner(String topic, String source) {
        return source != null
                && ownerOf(topic).map(owner -> owner.equals(source)).orElse(false);
    }
}
