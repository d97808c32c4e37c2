package io.gifticon.settlement.repository;

import io.gifticon.settlement.PosTransactionEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** POS transactions, by transaction id; callers hold the session or transaction. */
@ApplicationScoped
public class PosTransactionRepository implements PanacheRepositoryBase<PosTransactionEntity, String> {

    /**
     * Inserts the transaction unless its id is stored already (insert-or-nothing: two relays of one transaction at
     * once cannot both insert, nor fail on the key); true when this call inserted it.
     */
    public Uni<Boolean> insertIfAbsent(PosTransactionEntity t) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "insert into pos_transaction (transaction_id, client_id, support_mode, points_redeemed, points_earned, "
                                        + "coupon_discount, prepaid_amount, coupon_codes, requested_amount, status, recorded_at) values "
                                        + "(:id, :client, :mode, :redeemed, :earned, :discount, :prepaid, :codes, :requested, :status, "
                                        + ":at) on conflict (transaction_id) do nothing")
                        .setParameter("id", t.transactionId)
                        .setParameter("client", t.clientId)
                        .setParameter("mode", t.supportMode)
                        .setParameter("redeemed", t.pointsRedeemed)
                        .setParameter("earned", t.pointsEarned)
                        .setParameter("discount", t.couponDiscount)
                        .setParameter("prepaid", t.prepaidAmount)
                        .setParameter("codes", t.couponCodes)
                        .setParameter("requested", t.requestedAmount)
                        .setParameter("status", t.status)
                        .setParameter("at", t.recordedAt)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }
}
