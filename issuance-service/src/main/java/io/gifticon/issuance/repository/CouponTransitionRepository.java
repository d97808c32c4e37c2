package io.gifticon.issuance.repository;

import io.gifticon.issuance.CouponTransitionEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The stored lifecycle steps of coupons. */
@ApplicationScoped
public class CouponTransitionRepository implements PanacheRepository<CouponTransitionEntity> {

    public Uni<List<CouponTransitionEntity>> history(UUID couponId) {
        return list("couponId = ?1 order by id", couponId);
    }
}
