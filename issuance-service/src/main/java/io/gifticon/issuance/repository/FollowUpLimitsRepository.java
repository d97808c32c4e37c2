package io.gifticon.issuance.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The per-coupon allowances of resend and {@code refresh=true}, stored with the coupon so that every replica sees
 * them: each is taken by one conditional update (a cooldown since the last one, a total for resends).
 */
@ApplicationScoped
public class FollowUpLimitsRepository {
    private final Pool database;

    public FollowUpLimitsRepository(Pool database) {
        this.database = database;
    }

    /** A resend taken ({@code previous}: the resend time before it, to give it back), or refused. */
    public record ResendClaim(boolean taken, Instant previous) {}

    /** The coupon's resends so far. */
    public record ResendUse(Instant lastResendAt, int count) {}

    /** Takes one resend unless {@code maxResends} were made or the last one is less than {@code cooldown} ago. */
    public Uni<ResendClaim> claimResend(UUID id, Instant now, int maxResends, Duration cooldown) {
        return database.preparedQuery("""
                with before as (select last_resend_at from coupon where id = $1)
                update coupon set last_resend_at = $2, resend_count = resend_count + 1
                 where id = $1 and resend_count < $3 and (last_resend_at is null or last_resend_at <= $4)
                returning (select last_resend_at from before) as previous""")
                .execute(Tuple.of(id, at(now), maxResends, at(now.minus(cooldown))))
                .map(rows -> rows.rowCount() == 1
                        ? new ResendClaim(true, instant(rows.iterator().next().getOffsetDateTime("previous")))
                        : new ResendClaim(false, null));
    }

    public Uni<ResendUse> resendUse(UUID id) {
        return database.preparedQuery("select last_resend_at, resend_count from coupon where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new ResendUse(
                            instant(row.getOffsetDateTime("last_resend_at")), row.getInteger("resend_count"));
                });
    }

    /** Gives a resend back (it never reached the provider): the count down, the previous time restored. */
    public Uni<Void> releaseResend(UUID id, Instant previous) {
        return database.preparedQuery("update coupon set last_resend_at = $2, resend_count = resend_count - 1 "
                        + "where id = $1 and resend_count > 0")
                .execute(Tuple.of(id, at(previous)))
                .replaceWithVoid();
    }

    /** Takes the refresh unless the last one is less than {@code cooldown} ago; whether it was taken. */
    public Uni<Boolean> claimRefresh(UUID id, Instant now, Duration cooldown) {
        return database.preparedQuery("""
                update coupon set last_refresh_at = $2
                 where id = $1 and (last_refresh_at is null or last_refresh_at <= $3)
                returning id""")
                .execute(Tuple.of(id, at(now), at(now.minus(cooldown))))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Instant> lastRefresh(UUID id) {
        return database.preparedQuery("select last_refresh_at from coupon where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> instant(rows.iterator().next().getOffsetDateTime("last_refresh_at")));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
