package io.gifticon.issuance.repository;

import io.gifticon.issuance.CouponEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Coupons by id and by the client's idempotency key. */
@ApplicationScoped
public class CouponRepository implements PanacheRepositoryBase<CouponEntity, UUID> {

    public Uni<CouponEntity> findByIdempotencyKey(String clientId, String idempotencyKey) {
        return find("clientId = ?1 and idempotencyKey = ?2", clientId, idempotencyKey).firstResult();
    }

    public Uni<CouponEntity> findForClient(UUID id, String clientId) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResult();
    }
}
