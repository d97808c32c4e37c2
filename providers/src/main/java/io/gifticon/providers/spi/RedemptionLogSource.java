package io.gifticon.providers.spi;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;

/** The coupons redeemed on one day, for settlement. */
public interface RedemptionLogSource extends ProviderAdapter {

    Uni<List<Redemption>> redemptions(LocalDate day);
}
