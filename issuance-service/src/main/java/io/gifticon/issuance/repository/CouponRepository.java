package io.gifticon.issuance.repository;

import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Coupons by id and by the client's idempotency key. */
@ApplicationScoped
public class CouponRepository implements PanacheRepositoryBase<CouponEntity, UUID> {

    public Uni<CouponEntity> findByIdempotencyKey(String clientId, String idempotencyKey) {
        return find("clientId = ?1 and idempotencyKey = ?2 and idempotencyReleased = false", clientId, idempotencyKey)
                .firstResult();
    }

    public Uni<CouponEntity> findForClient(UUID id, String clientId) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResult();
    }

    /** One page of a client's coupons, newest first, with the number of all that match. */
    public Uni<CouponPage> search(String clientId, CouponFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("clientId = :clientId");
        Parameters params = Parameters.with("clientId", clientId);
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.productId() != null) {
            query.append(" and productId = :productId");
            params.and("productId", filter.productId());
        }
        if (filter.from() != null) {
            query.append(" and createdAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and createdAt < :to");
            params.and("to", filter.to());
        }
        var found = find(query.toString(), Sort.descending("createdAt").and("id"), params);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new CouponPage(items, total)));
    }

    /** Coupons matching a search and how many match in all. */
    public record CouponPage(List<CouponEntity> items, long total) {}

    /** Optional criteria of a coupon search; {@code to} is exclusive. */
    public record CouponFilter(CouponStatus status, String productId, Instant from, Instant to) {}
}
