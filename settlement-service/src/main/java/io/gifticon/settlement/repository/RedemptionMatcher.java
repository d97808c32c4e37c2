package io.gifticon.settlement.repository;

import io.gifticon.events.Topics;
import io.gifticon.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Matches one chunk of exchange-log lines in one set-based statement: the lines (PIN hashes, never PINs) go in as
 * arrays, are stored as redemptions unless already known (unique per provider and PIN hash: re-importing changes
 * nothing), joined to the ledger by PIN hash, and in the same statement mark matched coupons REDEEMED, write their
 * {@code coupon.redeemed} outbox rows, and open UNKNOWN_PIN / REDEEMED_AFTER_CANCEL discrepancies with their
 * {@code discrepancy.detected} rows. Payloads are built by PostgreSQL in the shape of
 * {@link io.gifticon.events.SettlementEventData} (null fields left out, as Jackson's NON_NULL does), into
 * the outbox module's columns ({@link OutboxWriter#INSERT_INTO}).
 */
@ApplicationScoped
public class RedemptionMatcher {
    /** One readable log line, the PIN already reduced to its keyed hash and last four characters. */
    public record Line(
            String pinHash, String pinLast4, LocalDate businessDate, LocalDateTime redeemedAt, String branch) {}

    /** What one chunk did: fresh = lines not seen before (stored now). */
    public record ChunkResult(int lines, int fresh, int matched, int unknownPins, int redeemedAfterCancel) {
        public ChunkResult plus(ChunkResult o) {
            return new ChunkResult(
                    lines + o.lines,
                    fresh + o.fresh,
                    matched + o.matched,
                    unknownPins + o.unknownPins,
                    redeemedAfterCancel + o.redeemedAfterCancel);
        }

        public static final ChunkResult NONE = new ChunkResult(0, 0, 0, 0, 0);
    }

    private static final String NOW_ISO = "to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static final String SQL = """
            with line as (
                select * from unnest($1::varchar[], $2::varchar[], $3::date[], $4::timestamp[], $5::varchar[])
                    as l(pin_hash, pin_last4, business_date, redeemed_at, branch)
            ), fresh as (
                insert into redemption (provider, pin_hash, pin_last4, business_date, redeemed_at, branch, coupon_id,
                        imported_at)
                select $6, l.pin_hash, l.pin_last4, l.business_date, l.redeemed_at, l.branch, c.coupon_id, now()
                from line l left join ledger_coupon c on c.provider = $6 and c.pin_hash = l.pin_hash
                on conflict (provider, pin_hash) do nothing
                returning pin_hash, pin_last4, business_date, redeemed_at, branch, coupon_id
            ), classified as (
                select f.*, c.cost,
                       case when f.coupon_id is null then 'UNKNOWN'
                            when c.status = 'CANCELLED' then 'AFTER_CANCEL' else 'MATCHED' end as outcome
                from fresh f left join ledger_coupon c on c.coupon_id = f.coupon_id
            ), redeemed as (
                update ledger_coupon c set status = 'REDEEMED',
                       redeemed_at = coalesce(k.redeemed_at, k.business_date::timestamp) at time zone $7
                from classified k
                where k.outcome = 'MATCHED' and c.coupon_id = k.coupon_id and c.redeemed_at is null
                returning c.coupon_id
            ), redeemed_events as (
                %2$s
                select e.id, $8, e.coupon_id, 'coupon.redeemed', json_build_object('id', e.id,
                        'type', 'coupon.redeemed', 'source', 'settlement-service', 'time', %1$s,
                        'subject', e.coupon_id, 'dataVersion', 1, 'data', json_strip_nulls(json_build_object(
                            'couponId', e.coupon_id, 'provider', $6, 'date', e.business_date,
                            'redeemedAt', to_char(e.redeemed_at, 'YYYY-MM-DD"T"HH24:MI:SS'),
                            'branch', nullif(e.branch, ''))))::text, now()
                from (select gen_random_uuid() as id, k.* from classified k where k.outcome = 'MATCHED') e
                returning 1
            ), opened as (
                insert into discrepancy (provider, kind, reference, amount, detail, status, opened_at)
                select $6,
                       case when k.outcome = 'UNKNOWN' then 'UNKNOWN_PIN' else 'REDEEMED_AFTER_CANCEL' end,
                       case when k.outcome = 'UNKNOWN' then $6 || ':' || k.pin_hash else k.coupon_id end,
                       case when k.outcome = 'UNKNOWN' then null else k.cost end,
                       case when k.outcome = 'UNKNOWN'
                            then 'redeemed on ' || k.business_date || ' PIN ****' || coalesce(k.pin_last4, '')
                                 || ' matches no coupon issued here'
                            else 'coupon ' || k.coupon_id || ' was cancelled but redeemed on ' || k.business_date end,
                       'OPEN', now()
                from classified k where k.outcome <> 'MATCHED'
                on conflict (kind, reference) do nothing
                returning id, kind, reference, amount, detail
            ), discrepancy_events as (
                %2$s
                select e.eid, $8, 'discrepancy:' || e.id, 'discrepancy.detected', json_build_object('id', e.eid,
                        'type', 'discrepancy.detected', 'source', 'settlement-service', 'time', %1$s,
                        'subject', 'discrepancy:' || e.id, 'dataVersion', 1, 'data', json_strip_nulls(
                            json_build_object('discrepancyId', e.id, 'provider', $6, 'kind', e.kind,
                                'reference', e.reference, 'amount', e.amount, 'detail', e.detail,
                                'openedAt', %1$s)))::text, now()
                from (select gen_random_uuid() as eid, o.* from opened o) e
                returning 1
            )
            select (select count(*) from line), (select count(*) from classified),
                   (select count(*) from classified where outcome = 'MATCHED'),
                   (select count(*) from classified where outcome = 'UNKNOWN'),
                   (select count(*) from classified where outcome = 'AFTER_CANCEL'),
                   (select count(*) from redeemed) + (select count(*) from redeemed_events)
                       + (select count(*) from discrepancy_events)
            """.formatted(NOW_ISO, OutboxWriter.INSERT_INTO);

    private final Pool database;

    public RedemptionMatcher(Pool database) {
        this.database = database;
    }

    /** One statement, so one transaction: a chunk is matched completely or not at all. */
    public Uni<ChunkResult> match(String provider, ZoneId zone, List<Line> lines) {
        if (lines.isEmpty()) {
            return Uni.createFrom().item(ChunkResult.NONE);
        }
        int n = lines.size();
        String[] hashes = new String[n];
        String[] last4 = new String[n];
        LocalDate[] days = new LocalDate[n];
        LocalDateTime[] at = new LocalDateTime[n];
        String[] branches = new String[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            hashes[i] = l.pinHash();
            last4[i] = l.pinLast4();
            days[i] = l.businessDate();
            at[i] = l.redeemedAt();
            branches[i] = l.branch();
        }
        return database.preparedQuery(SQL)
                .execute(Tuple.tuple()
                        .addArrayOfString(hashes)
                        .addArrayOfString(last4)
                        .addArrayOfLocalDate(days)
                        .addArrayOfLocalDateTime(at)
                        .addArrayOfString(branches)
                        .addString(provider)
                        .addString(zone.getId())
                        .addString(Topics.SETTLEMENT_EVENTS))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new ChunkResult(
                            (int) r.getLong(0).longValue(),
                            (int) r.getLong(1).longValue(),
                            (int) r.getLong(2).longValue(),
                            (int) r.getLong(3).longValue(),
                            (int) r.getLong(4).longValue());
                });
    }
}
