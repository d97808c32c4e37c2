package io.gifticon.settlement.repository;

import io.gifticon.settlement.LedgerEntryEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The expected-cost ledger's entries (debits negative, credits positive, won). */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepository<LedgerEntryEntity> {

    /** A provider's ledger in sum: entries, debits and credits (both positive). */
    public record Totals(long entries, long debits, long credits) {}

    @WithSession
    public Uni<Totals> totals(String provider) {
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "select count(e), "
                                        + "coalesce(sum(case when e.amount < 0 then -e.amount else 0 end), 0), "
                                        + "coalesce(sum(case when e.amount > 0 then e.amount else 0 end), 0) "
                                        + "from LedgerEntryEntity e where e.provider = :p",
                                Object[].class)
                        .setParameter("p", provider)
                        .getSingleResult())
                .map(r -> new Totals(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }

    /** Whether the coupon has an entry of this type (a step is counted once, whatever the number of events). */
    public Uni<Boolean> hasEntry(String couponId, String entryType) {
        return count("couponId = ?1 and entryType = ?2", couponId, entryType).map(n -> n > 0);
    }

    /** Net (credits minus debits) of a provider's entries recorded after {@code since} up to {@code until}. */
    public Uni<Long> netSince(String provider, Instant since, Instant until) {
        return getSession()
                .chain(s -> s.createSelectionQuery(
                                "select coalesce(sum(e.amount), 0) from LedgerEntryEntity e "
                                        + "where e.provider = :p and e.recordedAt > :since and e.recordedAt <= :until",
                                Long.class)
                        .setParameter("p", provider)
                        .setParameter("since", since)
                        .setParameter("until", until)
                        .getSingleResult());
    }
}
