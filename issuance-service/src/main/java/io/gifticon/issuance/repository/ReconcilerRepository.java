package io.gifticon.issuance.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the resolution of coupons in doubt reads and writes besides the ledger: the lease of each provider account
 * ({@code reconciler_lease}, one resolver across replicas), the next due coupon, sends left ISSUING, the backlog.
 */
@ApplicationScoped
public class ReconcilerRepository {
    private final Pool database;

    public ReconcilerRepository(Pool database) {
        this.database = database;
    }

    /** The coupons in doubt now; {@code oldestUnknown} null when none is UNKNOWN. */
    public record Backlog(long unknown, long cancelling, Instant oldestUnknown) {}

    /** Takes or renews the account's lease until {@code until} unless another holder's runs past {@code now}. */
    public Uni<Boolean> takeLease(String account, String holder, Instant now, Instant until) {
        return database.preparedQuery("""
                insert into reconciler_lease (account, holder, lease_until) values ($1, $2, $3)
                on conflict (account) do update set holder = excluded.holder, lease_until = excluded.lease_until
                 where reconciler_lease.holder = excluded.holder or reconciler_lease.lease_until < $4
                returning holder""")
                .execute(Tuple.of(account, holder, at(until), at(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Ends the holder's lease of the account at {@code now}. */
    public Uni<Void> releaseLease(String account, String holder, Instant now) {
        return database.preparedQuery("update reconciler_lease set lease_until = $3 where account = $1 and holder = $2")
                .execute(Tuple.of(account, holder, at(now)))
                .replaceWithVoid();
    }

    /**
     * The next coupon of this account to resolve: UNKNOWN ones, and CANCELLING ones whose cancel got no answer
     * (due) or was interrupted (unchanged since {@code staleBefore}), oldest first; null when none is due.
     */
    public Uni<UUID> nextDue(String provider, Instant now, Instant staleBefore) {
        return database.preparedQuery("""
                select id from coupon
                 where provider = $1
                   and (status = 'UNKNOWN'
                        or status = 'CANCELLING' and (next_reconcile_at is not null or updated_at < $3))
                   and (next_reconcile_at is null or next_reconcile_at <= $2)
                 order by coalesce(next_reconcile_at, updated_at), id
                 limit 1""")
                .execute(Tuple.of(provider, at(now), at(staleBefore)))
                .map(rows ->
                        rows.rowCount() == 0 ? null : rows.iterator().next().getUUID("id"));
    }

    /** Up to {@code limit} coupons ISSUING since before {@code staleBefore}. */
    public Uni<List<UUID>> issuingSince(Instant staleBefore, int limit) {
        return database.preparedQuery("select id from coupon where status = 'ISSUING' and updated_at < $1 limit $2")
                .execute(Tuple.of(at(staleBefore), limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("id")));
                    return ids;
                });
    }

    /** The coupon's next attempt not before {@code at}, one attempt more counted. */
    public Uni<Void> deferAttempt(UUID id, Instant next) {
        return database.preparedQuery("update coupon set next_reconcile_at = $2, "
                        + "reconcile_attempts = reconcile_attempts + 1 where id = $1")
                .execute(Tuple.of(id, at(next)))
                .replaceWithVoid();
    }

    /** The backlog (one indexed query). */
    public Uni<Backlog> backlog() {
        return database.query("""
                select count(*) filter (where status = 'UNKNOWN') as unknown,
                       count(*) filter (where status = 'CANCELLING') as cancelling,
                       min(updated_at) filter (where status = 'UNKNOWN') as oldest
                  from coupon where status in ('UNKNOWN', 'CANCELLING')""").execute().map(rows -> {
            var row = rows.iterator().next();
            var oldest = row.getOffsetDateTime("oldest");
            return new Backlog(
                    row.getLong("unknown"), row.getLong("cancelling"), oldest == null ? null : oldest.toInstant());
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
