package io.gifticon.gateway.webhook;

import io.gifticon.gateway.webhook.WebhookViews.AttemptView;
import io.gifticon.gateway.webhook.WebhookViews.DeliveryView;
import io.gifticon.gateway.webhook.WebhookViews.WebhookView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** Tables {@code webhook}, {@code webhook_delivery} and {@code webhook_attempt}, through the reactive client. */
@ApplicationScoped
public class WebhookRepository {
    /** {@link #claimDue}; {@code $5} is the moment to claim as of (null: now). */
    private static final String CLAIM = ("with free as (select w.id, w.client_id from webhook w "
                    + "where (w.lease_token is null or w.leased_until < $NOW) and exists (select 1 from "
                    + "webhook_delivery d where d.webhook_id = w.id and d.status = 'PENDING' "
                    + "and d.next_attempt_at <= $NOW) for update of w skip locked), "
                    + "busy as (select client_id, count(*) as n from webhook where lease_token is not null "
                    + "and leased_until >= $NOW group by client_id), "
                    + "candidates as (select f.id as webhook_id, d.id as delivery_id, d.next_attempt_at, d.seq, "
                    + "row_number() over (partition by f.client_id order by d.next_attempt_at, d.seq) "
                    + "+ coalesce(b.n, 0) as rank from free f cross join lateral (select d.id, d.next_attempt_at, "
                    + "d.seq from webhook_delivery d where d.webhook_id = f.id and d.status = 'PENDING' "
                    + "and d.next_attempt_at <= $NOW and not exists (select 1 from webhook_delivery e "
                    + "where e.webhook_id = d.webhook_id and e.coupon_id = d.coupon_id and e.status = 'PENDING' "
                    + "and e.seq < d.seq) order by d.next_attempt_at, d.seq limit 1) d "
                    + "left join busy b on b.client_id = f.client_id), "
                    + "chosen as (select * from candidates where rank <= $2 "
                    + "order by rank, next_attempt_at, seq limit $1), "
                    + "leased as (update webhook w set lease_token = $3, "
                    + "leased_until = $NOW + make_interval(secs => $4) from chosen where w.id = chosen.webhook_id "
                    + "returning w.id, w.url, w.secret, w.secret_encrypted) "
                    + "select d.id, d.event_id, d.event_type, d.payload, d.attempts, l.url, l.id as webhook_id, "
                    + "l.secret, l.secret_encrypted from leased l join chosen c on c.webhook_id = l.id "
                    + "join webhook_delivery d on d.id = c.delivery_id")
            .replace("$NOW", "coalesce($5::timestamptz, now())");

    private final Pool database;
    private final SecretCipher cipher;

    public WebhookRepository(Pool database, SecretCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /**
     * A delivery claimed for sending, with where and how to sign it, and the lease on its webhook under which its
     * outcome may be recorded.
     */
    public record ClaimedDelivery(
            UUID id,
            String eventId,
            String eventType,
            String payload,
            int attempts,
            String url,
            String secret,
            UUID webhookId,
            UUID leaseToken) {}

    public Uni<WebhookView> create(String clientId, String url, List<String> eventTypes, String secret) {
        UUID id = UUID.randomUUID();
        return database.preparedQuery("insert into webhook (id, client_id, url, event_types, secret_encrypted) "
                        + "values ($1, $2, $3, $4, $5) returning id, url, event_types, created_at")
                .execute(Tuple.of(
                        id, clientId, url, String.join(" ", eventTypes), cipher.encrypt(secret, id.toString())))
                .map(rows -> webhook(rows.iterator().next()));
    }

    public Uni<Long> count(String clientId) {
        return database.preparedQuery("select count(*) from webhook where client_id = $1")
                .execute(Tuple.of(clientId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<WebhookView>> list(String clientId) {
        return database.preparedQuery("select id, url, event_types, created_at from webhook where client_id = $1 "
                        + "order by created_at")
                .execute(Tuple.of(clientId))
                .map(rows -> stream(rows).map(WebhookRepository::webhook).toList());
    }

    public Uni<Optional<WebhookView>> find(String clientId, UUID id) {
        return database.preparedQuery(
                        "select id, url, event_types, created_at from webhook " + "where client_id = $1 and id = $2")
                .execute(Tuple.of(clientId, id))
                .map(rows -> stream(rows).map(WebhookRepository::webhook).findFirst());
    }

    public Uni<Boolean> delete(String clientId, UUID id) {
        return database.preparedQuery("delete from webhook where client_id = $1 and id = $2")
                .execute(Tuple.of(clientId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * One PENDING delivery per webhook of the event's client that wants the event's type, unless it exists already
     * (the consumer may see an event twice). Webhooks registered after the event happened do not get it.
     */
    public Uni<Integer> storeDeliveries(
            String clientId,
            String eventId,
            String eventType,
            String couponId,
            OffsetDateTime eventTime,
            String payload) {
        return database.preparedQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, coupon_id, "
                        + "payload, status, next_attempt_at, pending_since) "
                        + "select gen_random_uuid(), w.id, $1, $2, $3, $4, 'PENDING', now(), now() from webhook w "
                        + "where w.client_id = $5 and $2 = any(string_to_array(w.event_types, ' ')) "
                        + "and w.created_at <= $6 "
                        + "on conflict (webhook_id, event_id) do nothing")
                .execute(Tuple.from(List.of(eventId, eventType, couponId, payload, clientId, eventTime)))
                .map(RowSet::rowCount);
    }

    /**
     * Catalog events concern every client: one PENDING delivery per webhook (of any client) that wants the type;
     * {@code subject} (the product id) orders them as the coupon id does for coupon events.
     */
    public Uni<Integer> storeDeliveriesToAll(
            String eventId, String eventType, String subject, OffsetDateTime eventTime, String payload) {
        return database.preparedQuery("insert into webhook_delivery (id, webhook_id, event_id, event_type, coupon_id, "
                        + "payload, status, next_attempt_at, pending_since) "
                        + "select gen_random_uuid(), w.id, $1, $2, $3, $4, 'PENDING', now(), now() from webhook w "
                        + "where $2 = any(string_to_array(w.event_types, ' ')) and w.created_at <= $5 "
                        + "on conflict (webhook_id, event_id) do nothing")
                .execute(Tuple.from(List.of(eventId, eventType, subject, payload, eventTime)))
                .map(RowSet::rowCount);
    }

    /**
     * Claims due deliveries, at most one per webhook and only of webhooks with no delivery in flight (their lease is
     * free or expired), each webhook's first due delivery in order (a delivery waits while an earlier PENDING one of
     * the same coupon to the same webhook exists). Fair across clients: every client's first webhook comes before
     * anyone's second, and a client never has more than {@code perClient} in flight (all replicas together). The
     * claimed webhooks are leased for {@code lease} under {@code token}; rows other replicas are claiming are skipped.
     */
    public Uni<List<ClaimedDelivery>> claimDue(int limit, int perClient, Duration lease, UUID token) {
        return claimDue(limit, perClient, lease, token, null);
    }

    /** {@link #claimDue} as of {@code at} instead of now (tests look ahead, where the running poller cannot see). */
    Uni<List<ClaimedDelivery>> claimDue(int limit, int perClient, Duration lease, UUID token, OffsetDateTime at) {
        return database.preparedQuery(CLAIM)
                .execute(Tuple.from(Arrays.asList(limit, perClient, token, lease.toMillis() / 1000.0, at)))
                .map(rows -> stream(rows)
                        .map(r -> new ClaimedDelivery(
                                r.getUUID("id"),
                                r.getString("event_id"),
                                r.getString("event_type"),
                                r.getString("payload"),
                                r.getInteger("attempts"),
                                r.getString("url"),
                                secret(r),
                                r.getUUID("webhook_id"),
                                token))
                        .toList());
    }

    /** The webhook's signing secret: decrypted, or still plain for a row the start-up migration has not reached. */
    private String secret(Row row) {
        String encrypted = row.getString("secret_encrypted");
        return encrypted != null
                ? cipher.decrypt(encrypted, row.getUUID("webhook_id").toString())
                : row.getString("secret");
    }

    /** Encrypts the plain secrets of rows written before V3 and clears them; returns how many were encrypted. */
    public Uni<Integer> encryptPlainSecrets() {
        return database.preparedQuery("select id, secret from webhook where secret_encrypted is null")
                .execute()
                .chain(rows -> {
                    List<Tuple> updates = stream(rows)
                            .map(r -> Tuple.of(
                                    r.getUUID("id"),
                                    cipher.encrypt(
                                            r.getString("secret"),
                                            r.getUUID("id").toString())))
                            .toList();
                    if (updates.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return database.preparedQuery("update webhook set secret_encrypted = $2, secret = null "
                                    + "where id = $1 and secret_encrypted is null")
                            .executeBatch(updates)
                            .map(ignored -> updates.size());
                });
    }

    /**
     * Records a delivered attempt and frees the webhook, if this claim still holds the webhook's lease; false (nothing
     * recorded) when the lease was lost, i.e. another replica has taken the webhook since.
     */
    public Uni<Boolean> recordSuccess(ClaimedDelivery claim, int statusCode, long durationMs) {
        return database.withTransaction(connection -> holdsLease(connection, claim)
                .chain(held -> !held
                        ? Uni.createFrom().item(false)
                        : connection
                                .preparedQuery("update webhook_delivery set status = 'DELIVERED', "
                                        + "attempts = attempts + 1, last_status = $2, last_error = null, delivered_at = now(), "
                                        + "finished_at = now() where id = $1")
                                .execute(Tuple.of(claim.id(), statusCode))
                                .chain(() -> insertAttempt(connection, claim.id(), statusCode, null, durationMs))
                                .chain(() -> release(connection, claim))
                                .replaceWith(true)));
    }

    /**
     * Records a failed attempt: the next one after {@code backoff}, or given up when it would fall after the give-up
     * window; frees the webhook. Fenced by the lease like {@link #recordSuccess}.
     */
    public Uni<Boolean> recordFailure(
            ClaimedDelivery claim,
            Integer statusCode,
            String error,
            long durationMs,
            Duration backoff,
            Duration giveUpAfter) {
        return database.withTransaction(connection -> holdsLease(connection, claim)
                .chain(held -> !held
                        ? Uni.createFrom().item(false)
                        : connection
                                .preparedQuery("update webhook_delivery set "
                                        + "attempts = attempts + 1, last_status = $2, last_error = $3, "
                                        + "status = case when now() + make_interval(secs => $4) "
                                        + "> pending_since + make_interval(secs => $5) then 'FAILED' else 'PENDING' end, "
                                        + "finished_at = case when now() + make_interval(secs => $4) "
                                        + "> pending_since + make_interval(secs => $5) then now() end, "
                                        + "next_attempt_at = now() + make_interval(secs => $4) where id = $1")
                                .execute(Tuple.from(Arrays.asList(
                                        claim.id(),
                                        statusCode,
                                        error,
                                        backoff.toMillis() / 1000.0,
                                        giveUpAfter.toMillis() / 1000.0)))
                                .chain(() -> insertAttempt(connection, claim.id(), statusCode, error, durationMs))
                                .chain(() -> release(connection, claim))
                                .replaceWith(true)));
    }

    /** Locks the webhook row: a concurrent claim either happened before (lease gone) or waits for this transaction. */
    private static Uni<Boolean> holdsLease(io.vertx.mutiny.sqlclient.SqlConnection connection, ClaimedDelivery claim) {
        return connection
                .preparedQuery("select 1 from webhook where id = $1 and lease_token = $2 for update")
                .execute(Tuple.of(claim.webhookId(), claim.leaseToken()))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Uni<RowSet<Row>> release(io.vertx.mutiny.sqlclient.SqlConnection connection, ClaimedDelivery claim) {
        return connection
                .preparedQuery("update webhook set lease_token = null, leased_until = null "
                        + "where id = $1 and lease_token = $2")
                .execute(Tuple.of(claim.webhookId(), claim.leaseToken()));
    }

    /** Frees a webhook whose claimed delivery was not attempted (this instance is stopping). */
    public Uni<Void> releaseUnattempted(ClaimedDelivery claim) {
        return database.preparedQuery("update webhook set lease_token = null, leased_until = null "
                        + "where id = $1 and lease_token = $2")
                .execute(Tuple.of(claim.webhookId(), claim.leaseToken()))
                .replaceWithVoid();
    }

    private static Uni<RowSet<Row>> insertAttempt(
            io.vertx.mutiny.sqlclient.SqlConnection connection,
            UUID deliveryId,
            Integer statusCode,
            String error,
            long durationMs) {
        return connection
                .preparedQuery("insert into webhook_attempt (delivery_id, status_code, error, duration_ms) "
                        + "select $1, $2, $3, $4 where exists (select 1 from webhook_delivery where id = $1)")
                .execute(Tuple.from(
                        Arrays.asList(deliveryId, statusCode, error, (int) Math.min(durationMs, Integer.MAX_VALUE))));
    }

    /**
     * Deletes up to {@code batch} deliveries (their attempts cascade) that were delivered or given up more than
     * {@code maxAge} ago, oldest first, skipping rows another replica is deleting; returns how many.
     */
    public Uni<Integer> pruneFinished(Duration maxAge, int batch) {
        return database.preparedQuery("with doomed as (select id from webhook_delivery where status <> 'PENDING' "
                        + "and finished_at < now() - make_interval(secs => $1) order by finished_at limit $2 "
                        + "for update skip locked) delete from webhook_delivery d using doomed where d.id = doomed.id")
                .execute(Tuple.of(maxAge.toMillis() / 1000.0, batch))
                .map(RowSet::rowCount);
    }

    /**
     * Makes a delivery of the client's webhook due now: a delivered or given-up one gets a fresh give-up window, a
     * pending one keeps its window and skips its backoff (it is still sent once at a time, by the one lease).
     */
    public Uni<Boolean> redeliver(String clientId, UUID webhookId, UUID deliveryId) {
        return database.preparedQuery("update webhook_delivery d set next_attempt_at = now(), finished_at = null, "
                        + "pending_since = case when d.status = 'PENDING' then d.pending_since else now() end, "
                        + "status = 'PENDING' from webhook w where d.id = $1 and d.webhook_id = $2 "
                        + "and w.id = d.webhook_id and w.client_id = $3")
                .execute(Tuple.of(deliveryId, webhookId, clientId))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The newest deliveries of a webhook with their attempts. */
    public Uni<List<DeliveryView>> deliveries(UUID webhookId, int limit) {
        return database.preparedQuery("select id, event_id, event_type, coupon_id, status, attempts, last_status, "
                        + "last_error, next_attempt_at, delivered_at, created_at from webhook_delivery "
                        + "where webhook_id = $1 order by seq desc limit $2")
                .execute(Tuple.of(webhookId, limit))
                .chain(rows -> {
                    List<Row> deliveries = stream(rows).toList();
                    if (deliveries.isEmpty()) {
                        return Uni.createFrom().item(List.<DeliveryView>of());
                    }
                    UUID[] ids = deliveries.stream().map(r -> r.getUUID("id")).toArray(UUID[]::new);
                    return database.preparedQuery("select delivery_id, attempted_at, status_code, error, duration_ms "
                                    + "from webhook_attempt where delivery_id = any($1) order by id desc")
                            .execute(Tuple.of(ids))
                            .map(attemptRows -> {
                                Map<UUID, List<AttemptView>> attempts = new LinkedHashMap<>();
                                attemptRows.forEach(a -> attempts.computeIfAbsent(
                                                a.getUUID("delivery_id"), k -> new ArrayList<>())
                                        .add(new AttemptView(
                                                a.getOffsetDateTime("attempted_at"), a.getInteger("status_code"),
                                                a.getString("error"), a.getInteger("duration_ms"))));
                                return deliveries.stream()
                                        .map(r -> delivery(r, attempts.getOrDefault(r.getUUID("id"), List.of())))
                                        .toList();
                            });
                });
    }

    private static DeliveryView delivery(Row r, List<AttemptView> attempts) {
        boolean pending = "PENDING".equals(r.getString("status"));
        return new DeliveryView(
                r.getUUID("id").toString(),
                r.getString("event_id"),
                r.getString("event_type"),
                r.getString("coupon_id"),
                r.getString("status"),
                r.getInteger("attempts"),
                r.getInteger("last_status"),
                r.getString("last_error"),
                pending ? r.getOffsetDateTime("next_attempt_at") : null,
                r.getOffsetDateTime("delivered_at"),
                r.getOffsetDateTime("created_at"),
                attempts);
    }

    private static WebhookView webhook(Row r) {
        return new WebhookView(
                r.getUUID("id").toString(),
                r.getString("url"),
                List.of(r.getString("event_types").split(" ")),
                r.getOffsetDateTime("created_at"));
    }

    private static java.util.stream.Stream<Row> stream(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false);
    }
}
