package io.gifticon.settlement.messaging;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.LedgerService;
import io.gifticon.web.Transients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds coupon-events into the expected-cost ledger (group {@code settlement-ledger}). Acked after the ledger
 * transaction commits; a record that fails (unreadable, or no cost to be found) goes to {@code coupon-events-dlq}; one
 * that fails because the database or the provider is unreachable is tried again ({@code settlement.retries.consumer}).
 */
@ApplicationScoped
public class CouponEventConsumer {
    private final LedgerService ledger;
    private final SettlementConfig config;
    private final Counter outages;

    public CouponEventConsumer(LedgerService ledger, SettlementConfig config, MeterRegistry metrics) {
        this.ledger = ledger;
        this.config = config;
        this.outages = Transients.counter(metrics, "settlement", "coupon-events");
    }

    /** A database restart or a provider outage (pricing) is waited out: the record is not dead-lettered for it. */
    @Incoming("coupon-events-in")
    public Uni<Void> consume(String json) {
        return Transients.retried(() -> ledger.apply(json), config.retries().consumer(), outages);
    }
}
