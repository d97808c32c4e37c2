package io.gifticon.providers.spi;

import io.smallrye.mutiny.Uni;

/** The prepaid balance the platform holds at a provider (won), for the settlement reconciliation. */
public interface BalanceSource extends ProviderAdapter {

    Uni<Long> balance();
}
