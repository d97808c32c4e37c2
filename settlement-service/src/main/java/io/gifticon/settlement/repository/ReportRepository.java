package io.gifticon.settlement.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The daily report's aggregates over {@code [from, to)}; the caller holds the session (one query at a time). */
@ApplicationScoped
public class ReportRepository {

    /** Ledger entries of one provider and type: how many, and their sum (won, signed). */
    public record EntryTotal(String provider, String entryType, long count, long sum) {}

    /** How many of something a provider has. */
    public record ProviderCount(String provider, long count) {}

    /** POS transactions recorded in the window; amounts only of those that stand (confirmed). */
    public record PosTotals(
            long recorded,
            long confirmed,
            long cancelled,
            long pointsRedeemed,
            long pointsEarned,
            long couponDiscount,
            long prepaidAmount) {}

    public Uni<List<EntryTotal>> entryTotals(Instant from, Instant to) {
        return grouped(
                        "select e.provider, e.entryType, count(e), coalesce(sum(e.amount), 0) "
                                + "from LedgerEntryEntity e where e.occurredAt >= :from and e.occurredAt < :to "
                                + "group by e.provider, e.entryType",
                        from,
                        to)
                .map(rows -> rows.stream()
                        .map(r -> new EntryTotal((String) r[0], (String) r[1], n(r[2]), n(r[3])))
                        .toList());
    }

    /** Coupons redeemed in the window. */
    public Uni<List<ProviderCount>> redeemed(Instant from, Instant to) {
        return counted(
                "select c.provider, count(c) from LedgerCouponEntity c where c.redeemedAt >= :from "
                        + "and c.redeemedAt < :to group by c.provider",
                from,
                to);
    }

    /** Coupons expired in the window. */
    public Uni<List<ProviderCount>> expired(Instant from, Instant to) {
        return counted(
                "select c.provider, count(c) from LedgerCouponEntity c where c.expiredAt >= :from "
                        + "and c.expiredAt < :to group by c.provider",
                from,
                to);
    }

    /** Coupons issued in the window and still ISSUED. */
    public Uni<List<ProviderCount>> outstanding(Instant from, Instant to) {
        return counted(
                "select c.provider, count(c) from LedgerCouponEntity c where c.issuedAt < :to "
                        + "and c.issuedAt >= :from and c.status = 'ISSUED' group by c.provider",
                from,
                to);
    }

    /** Discrepancies opened in the window and still open. */
    public Uni<List<ProviderCount>> openDiscrepancies(Instant from, Instant to) {
        return counted(
                "select d.provider, count(d) from DiscrepancyEntity d where d.status = 'OPEN' "
                        + "and d.openedAt < :to and d.openedAt >= :from group by d.provider",
                from,
                to);
    }

    public Uni<PosTotals> pos(Instant from, Instant to) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select count(t), "
                                        + "coalesce(sum(case when t.status = 'CONFIRMED' then 1 else 0 end), 0), "
                                        + "coalesce(sum(case when t.status = 'CANCELLED' then 1 else 0 end), 0), "
                                        + "coalesce(sum(case when t.status = 'CONFIRMED' then t.pointsRedeemed else 0 end), 0), "
                                        + "coalesce(sum(case when t.status = 'CONFIRMED' then t.pointsEarned else 0 end), 0), "
                                        + "coalesce(sum(case when t.status = 'CONFIRMED' then t.couponDiscount else 0 end), 0), "
                                        + "coalesce(sum(case when t.status = 'CONFIRMED' then t.prepaidAmount else 0 end), 0) "
                                        + "from PosTransactionEntity t where t.recordedAt >= :from and t.recordedAt < :to",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getSingleResult())
                .map(r -> new PosTotals(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
    }

    private static Uni<List<ProviderCount>> counted(String hql, Instant from, Instant to) {
        return grouped(hql, from, to)
                .map(rows -> rows.stream()
                        .map(r -> new ProviderCount((String) r[0], n(r[1])))
                        .toList());
    }

    private static Uni<List<Object[]>> grouped(String hql, Instant from, Instant to) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(hql, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
