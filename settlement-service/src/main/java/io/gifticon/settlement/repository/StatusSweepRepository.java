package io.gifticon.settlement.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status sweep's statements on the reactive client: the outstanding coupons to look up, and each look-up's
 * changes, on the caller's connection (its transaction), every change conditioned on the coupon still being ISSUED.
 */
@ApplicationScoped
public class StatusSweepRepository {
    private final Pool database;

    public StatusSweepRepository(Pool database) {
        this.database = database;
    }

    /** A coupon the ledger holds as ISSUED, with the provider's transaction id to ask about it. */
    public record Outstanding(String couponId, String providerTransactionId, Long cost) {}

    /** What an ISSUED coupon may become, and the column that records when. */
    public enum Settled {
        REDEEMED("redeemed_at"),
        EXPIRED("expired_at");

        private final String column;

        Settled(String column) {
            this.column = column;
        }
    }

    /** At most {@code limit} ISSUED coupons of the provider, never-checked and longest-unchecked first. */
    public Uni<List<Outstanding>> outstanding(String provider, int limit) {
        return database.preparedQuery("select coupon_id, provider_transaction_id, cost from ledger_coupon "
                        + "where provider = $1 and status = 'ISSUED' and provider_transaction_id is not null "
                        + "order by last_checked_at nulls first, issued_at limit $2")
                .execute(Tuple.of(provider, limit))
                .map(rows -> {
                    List<Outstanding> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new Outstanding(r.getString(0), r.getString(1), r.getLong(2)));
                    }
                    return list;
                });
    }

    /** ISSUED → {@code state} at {@code at}, only if still ISSUED: true when this call made the change. */
    public static Uni<Boolean> settle(
            SqlConnection conn, String couponId, Settled state, Instant at, String providerStatus) {
        return conn.preparedQuery(
                        "update ledger_coupon set status = $2, " + state.column
                                + " = $3, last_checked_at = now(), provider_status = $4 where coupon_id = $1 and status = 'ISSUED'")
                .execute(Tuple.of(couponId, state.name(), at.atOffset(ZoneOffset.UTC), providerStatus))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The provider status last seen of a coupon still ISSUED, its row locked; empty when it is no longer ISSUED. */
    public static Uni<Optional<ProviderStatus>> lockIssued(SqlConnection conn, String couponId) {
        return conn.preparedQuery(
                        "select provider_status from ledger_coupon where coupon_id = $1 and status = 'ISSUED' "
                                + "for update")
                .execute(Tuple.of(couponId))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(new ProviderStatus(rows.iterator().next().getString(0))));
    }

    /** The provider's status code as last seen (null when never seen). */
    public record ProviderStatus(String code) {}

    /** Notes the look-up (and the provider status, when one was read). */
    public static Uni<Void> touch(SqlConnection conn, String couponId, String providerStatus) {
        return conn.preparedQuery("update ledger_coupon set last_checked_at = now(), "
                        + "provider_status = coalesce($2, provider_status) where coupon_id = $1")
                .execute(Tuple.of(couponId, providerStatus))
                .replaceWithVoid();
    }

    /** The same on a connection of its own, for a look-up that failed. */
    public Uni<Void> touch(String couponId, String providerStatus) {
        return database.withConnection(conn -> touch(conn, couponId, providerStatus));
    }

    /** Opens a discrepancy unless one of this kind and reference exists; its id, or null when it existed. */
    public static Uni<Long> openDiscrepancy(
            SqlConnection conn,
            String provider,
            String kind,
            String reference,
            Long amount,
            String detail,
            Instant at) {
        return conn.preparedQuery(
                        "insert into discrepancy (provider, kind, reference, amount, detail, status, opened_at) "
                                + "values ($1, $2, $3, $4, $5, 'OPEN', $6) on conflict (kind, reference) do nothing returning id")
                .execute(Tuple.of(provider, kind, reference, amount, detail, at.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }
}
