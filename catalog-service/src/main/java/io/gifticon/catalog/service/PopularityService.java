package io.gifticon.catalog.service;

import io.gifticon.catalog.config.CatalogRetriesConfig;
import io.gifticon.catalog.repository.PopularityCounts;
import io.gifticon.events.CouponEventData;
import io.gifticon.events.CouponEventType;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventJson;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts issued coupons per product: every {@code coupon.issued} adds one, once per event id. Cancellations do not
 * subtract (popularity measures what was chosen, and a cancel may concern a coupon never counted).
 */
@ApplicationScoped
public class PopularityService {
    private final PopularityCounts counts;
    private final Counter foreign;
    private final Counter outages;
    private final CatalogRetriesConfig retries;

    public PopularityService(PopularityCounts counts, MeterRegistry metrics, CatalogRetriesConfig retries) {
        this.counts = counts;
        this.retries = retries;
        this.outages = Transients.counter(metrics, "catalog", "coupon-events");
        this.foreign = Counter.builder("catalog.coupon.events.ignored")
                .description("coupon-events records not counted because their source is not the topic's owner")
                .tag("reason", "foreign-source")
                .register(metrics);
    }

    /** Counts the {@code coupon.issued} events of a batch of coupon-events records; other types are ignored. */
    public Uni<Void> count(List<String> records) {
        Map<String, String> productByEvent = new LinkedHashMap<>();
        for (String json : records) {
            EventEnvelope<CouponEventData> event;
            try {
                event = EventJson.readCouponEvent(json);
            } catch (RuntimeException e) {
                // nothing to count in it, and retrying cannot make it readable
                Log.warnf("coupon-events: unreadable record skipped: %s", e.getMessage());
                continue;
            }
            // issue 12 §9: only issuance publishes coupon-events; a forged coupon.issued counts for nothing
            if (!EventSources.isFromOwner(Topics.COUPON_EVENTS, event)) {
                foreign.increment();
                Log.warnf(
                        "coupon-events: event %s ignored: source %s is not %s",
                        safe(event.id()), safe(event.source()), EventSources.ISSUANCE);
                continue;
            }
            if (CouponEventType.ISSUED.wireName().equals(event.type())
                    && event.data() != null
                    && event.data().productId() != null) {
                productByEvent.putIfAbsent(event.id(), event.data().productId());
            }
        }
        if (productByEvent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // a deadlock between replicas: tried again a few times before the batch fails; the database unreachable (a
        // restart): waited out for catalog.retries.consumer, the partition waiting, instead of dead-lettering counts
        return Transients.retried(
                        () -> counts.add(productByEvent)
                                .onFailure(e -> !Transients.isTransient(e))
                                .retry()
                                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                                .atMost(5),
                        retries.consumer(),
                        outages)
                .replaceWithVoid();
    }

    /** An outside value made safe for one log line: printable ASCII, short. */
    static String safe(String value) {
        if (value == null) {
            return "(none)";
        }
        String printable = value.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
