package io.gifticon.catalog.messaging;

import io.gifticon.catalog.service.PopularityService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds coupon-events (group {@code catalog-popularity}, in batches) into the popularity counts. A batch is acked
 * after its transaction commits; one that still fails after retries goes to {@code coupon-events-catalog-dlq}.
 */
@ApplicationScoped
public class CouponEventConsumer {
    private final PopularityService popularity;

    public CouponEventConsumer(PopularityService popularity) {
        this.popularity = popularity;
    }

    @Incoming("coupon-events-in")
    public Uni<Void> consume(List<String> records) {
        return popularity.count(records);
    }
}
