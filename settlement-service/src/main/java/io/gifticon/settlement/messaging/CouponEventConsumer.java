package io.gifticon.settlement.messaging;

import io.gifticon.settlement.service.LedgerService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds coupon-events into the expected-cost ledger (group {@code settlement-ledger}). Acked after the ledger
 * transaction commits; a record that fails (unreadable, or no cost to be found) goes to {@code coupon-events-dlq}.
 */
@ApplicationScoped
public class CouponEventConsumer {
    private final LedgerService ledger;

    public CouponEventConsumer(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Incoming("coupon-events-in")
    public Uni<Void> consume(String json) {
        return ledger.apply(json);
    }
}
