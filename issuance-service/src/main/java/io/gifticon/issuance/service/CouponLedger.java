package io.gifticon.issuance.service;

import io.gifticon.events.CouponEventType;
import io.gifticon.events.PinHash;
import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.CouponTransitionEntity;
import io.gifticon.issuance.client.ProviderCouponState;
import io.gifticon.issuance.client.SentCoupon;
import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.messaging.CouponEvents;
import io.gifticon.issuance.repository.CouponRepository;
import io.gifticon.issuance.repository.CouponTransitionRepository;
import io.gifticon.outbox.OutboxRepository;
import io.gifticon.providers.ProviderError;
import io.gifticon.web.AesGcmCipher;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The coupon ledger's writes. Each state change stores the coupon, its transition and its event (outbox) in one
 * transaction, so a crash or a Kafka outage can lose neither the change nor its event. Callers wake the
 * {@link io.gifticon.outbox.OutboxRelay} after the transaction committed.
 */
@ApplicationScoped
public class CouponLedger {
    private final CouponRepository coupons;
    private final CouponTransitionRepository transitions;
    private final OutboxRepository outbox;
    private final AesGcmCipher cipher;
    private final String pinHashKey;
    private final Clock clock;

    public CouponLedger(
            CouponRepository coupons,
            CouponTransitionRepository transitions,
            OutboxRepository outbox,
            AesGcmCipher cipher,
            IssuanceConfig config,
            Clock clock) {
        this.clock = clock;
        this.coupons = coupons;
        this.transitions = transitions;
        this.outbox = outbox;
        this.cipher = cipher;
        this.pinHashKey = config.pinHashKey();
    }

    /**
     * Records a new coupon, REQUESTED then ISSUING, before the provider is called. Fails with a unique-constraint
     * violation when the client already used the idempotency key (also when both requests race).
     */
    @WithTransaction
    public Uni<CouponEntity> register(CouponEntity draft) {
        Instant now = clock.instant();
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.status = CouponStatus.REQUESTED;
        draft.recipientPhoneEncrypted = cipher.encrypt(draft.recipientPhone, draft.id.toString());
        return coupons.persistAndFlush(draft)
                .call(c -> record(c, null, CouponEventType.REQUESTED, null, now))
                .call(c -> move(c, CouponStatus.ISSUING, (CouponEventType) null, "sending to " + c.provider, now))
                .call(coupons::flush);
    }

    @WithSession
    public Uni<CouponEntity> findByIdempotencyKey(String clientId, String idempotencyKey) {
        return coupons.findByIdempotencyKey(clientId, idempotencyKey);
    }

    @WithSession
    public Uni<CouponEntity> findForClient(UUID id, String clientId) {
        return coupons.findForClient(id, clientId);
    }

    /** The provider issued the coupon. */
    @WithTransaction
    public Uni<CouponEntity> recordIssued(UUID id, SentCoupon result) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> {
            c.providerOrderNo = result.orderNo();
            c.pinEncrypted = result.pin() == null ? null : cipher.encrypt(result.pin(), c.id.toString());
            c.pinHash = result.pin() == null ? null : PinHash.of(pinHashKey, result.pin());
            c.imageUrl = result.imageUrl();
            return move(c, CouponStatus.ISSUED, CouponEventType.ISSUED, "issued, order " + result.orderNo(), now);
        });
    }

    /**
     * The provider refused, or was never reached: nothing was issued and nothing charged. When the request never
     * reached the provider and the error is retryable, the idempotency key is released so that the client's retry
     * with the same key is a new attempt rather than a replay of this failure.
     */
    @WithTransaction
    public Uni<CouponEntity> recordFailed(UUID id, ProviderError error, boolean neverReachedProvider) {
        return recordError(id, error, CouponStatus.FAILED, CouponEventType.ISSUE_FAILED)
                .invoke(c -> c.idempotencyReleased = neverReachedProvider && error.retryable());
    }

    /** No answer from the provider: the coupon may exist there and must be resolved. */
    @WithTransaction
    public Uni<CouponEntity> recordUnknown(UUID id, ProviderError error) {
        return recordError(id, error, CouponStatus.UNKNOWN, CouponEventType.UNKNOWN);
    }

    @WithSession
    public Uni<CouponEntity> find(UUID id) {
        return coupons.findById(id);
    }

    @WithSession
    public Uni<CouponRepository.CouponPage> search(
            String clientId, CouponRepository.CouponFilter filter, int page, int size) {
        return coupons.search(clientId, filter, page, size);
    }

    /**
     * A client asks to cancel: ISSUED becomes CANCELLING (stored before the provider is called, so that an
     * interrupted cancel is finished by the reconciler). Returns the coupon as it now is; null if the client has
     * no such coupon.
     */
    @WithTransaction
    public Uni<CouponEntity> startCancel(UUID id, String clientId) {
        Instant now = clock.instant();
        return coupons.findForClient(id, clientId).call(c -> {
            if (c == null || c.status != CouponStatus.ISSUED) {
                return Uni.createFrom().voidItem();
            }
            // the client's call is in flight: the reconciler leaves it alone until it ends without an answer
            c.nextReconcileAt = null;
            return move(c, CouponStatus.CANCELLING, (CouponEventType) null, "cancel requested by the client", now);
        });
    }

    /** The provider refused the cancel: the coupon stays issued. */
    @WithTransaction
    public Uni<CouponEntity> recordCancelFailed(UUID id, ProviderError error) {
        return recordError(id, error, CouponStatus.ISSUED, CouponEventType.CANCEL_FAILED);
    }

    /** The provider confirmed the coupon cancelled (or already cancelled): the bizmoney is refunded. */
    @WithTransaction
    public Uni<CouponEntity> recordCancelled(UUID id, String reason) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> move(c, CouponStatus.CANCELLED, CouponEventType.CANCELLED, reason, now));
    }

    /** The provider does not know the transaction: the send never took effect and nothing was charged. */
    @WithTransaction
    public Uni<CouponEntity> recordNeverIssued(UUID id, ProviderError error) {
        // the key stays taken: the client already got 202 for it and may be polling this coupon
        return recordError(id, error, CouponStatus.FAILED, CouponEventType.ISSUE_FAILED);
    }

    /** The coupon turned out to be issued and already used. */
    @WithTransaction
    public Uni<CouponEntity> recordRedeemed(UUID id, String reason) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> move(c, CouponStatus.REDEEMED, CouponEventType.REDEEMED, reason, now));
    }

    /**
     * What the provider reports about an issued coupon: used, cancelled outside the platform or expired moves it on
     * with its event; still unused changes nothing.
     */
    @WithTransaction
    public Uni<CouponEntity> recordProviderStatus(UUID id, ProviderCouponState status) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> {
            if (c.status != CouponStatus.ISSUED) {
                return Uni.createFrom().voidItem();
            }
            String reason = "provider status " + status.description();
            return switch (status.state()) {
                case REDEEMED -> move(c, CouponStatus.REDEEMED, CouponEventType.REDEEMED, reason, now);
                case CANCELLED -> move(c, CouponStatus.CANCELLED, CouponEventType.CANCELLED, reason, now);
                case EXPIRED -> move(c, CouponStatus.EXPIRED, CouponEventType.EXPIRED, reason, now);
                case UNUSED -> Uni.createFrom().voidItem();
            };
        });
    }

    /** What a redemption or expiry fact from settlement did to a coupon. */
    public enum FactOutcome {
        MOVED,
        ALREADY,
        NOT_ALLOWED,
        UNKNOWN_COUPON
    }

    /**
     * A redemption or expiry reported by settlement: the coupon moves to {@code target} (REDEEMED or EXPIRED) with its
     * event when its lifecycle allows it; a coupon already there, or in a state that does not allow it, is left as
     * it is (repeated facts change nothing).
     */
    @WithTransaction
    public Uni<FactOutcome> recordFact(UUID id, CouponStatus target, String reason) {
        Instant now = clock.instant();
        CouponEventType event = target == CouponStatus.REDEEMED ? CouponEventType.REDEEMED : CouponEventType.EXPIRED;
        return coupons.findById(id).chain(c -> {
            if (c == null) {
                return Uni.createFrom().item(FactOutcome.UNKNOWN_COUPON);
            }
            if (c.status == target) {
                return Uni.createFrom().item(FactOutcome.ALREADY);
            }
            if (!c.status.canMoveTo(target)) {
                return Uni.createFrom().item(FactOutcome.NOT_ALLOWED);
            }
            return move(c, target, event, reason, now).replaceWith(FactOutcome.MOVED);
        });
    }

    /**
     * A send without an answer that the provider gives no way to resolve: the coupon leaves UNKNOWN for
     * UNRESOLVABLE, with {@code coupon.unresolvable}, for a person to settle with the provider.
     */
    @WithTransaction
    public Uni<CouponEntity> recordUnresolvable(UUID id, String reason) {
        Instant now = clock.instant();
        return coupons.findById(id)
                .call(c -> move(c, CouponStatus.UNRESOLVABLE, CouponEventType.UNRESOLVABLE, reason, now));
    }

    /** The provider sent the coupon again; the status stays, the step and its event are recorded. */
    @WithTransaction
    public Uni<CouponEntity> recordResent(UUID id, String channel) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> {
            c.updatedAt = now;
            return record(c, c.status, CouponEventType.RESENT, "resent by " + channel, now);
        });
    }

    /** A resolution attempt did not settle the coupon; try again at {@code nextAttempt}. */
    @WithTransaction
    public Uni<CouponEntity> recordUnresolved(UUID id, ProviderError error, Instant nextAttempt) {
        return coupons.findById(id).invoke(c -> {
            c.reconcileAttempts++;
            c.nextReconcileAt = nextAttempt;
            setError(c, error);
        });
    }

    /**
     * The compensating cancel of an UNKNOWN send found the coupon issued (exchanged already, or past the cancel
     * window): it is ISSUED, with {@code coupon.issued} (its cost is spent: settlement books it), and moves on to
     * {@code then} (REDEEMED) when it was used. The PIN was in the lost reply only: a resend delivers it again.
     */
    @WithTransaction
    public Uni<CouponEntity> recordLateIssue(UUID id, String reason, CouponStatus then) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> {
            c.nextReconcileAt = null;
            Uni<Void> issued = move(c, CouponStatus.ISSUED, CouponEventType.ISSUED, reason, now);
            return then == CouponStatus.REDEEMED
                    ? issued.chain(() -> move(c, CouponStatus.REDEEMED, CouponEventType.REDEEMED, reason, now))
                    : issued;
        });
    }

    /** A client's cancel got no readable answer: it stays CANCELLING and is due for the reconciler now. */
    @WithTransaction
    public Uni<CouponEntity> recordCancelUnknown(UUID id) {
        Instant now = clock.instant();
        return coupons.findById(id).invoke(c -> {
            if (c.status == CouponStatus.CANCELLING) {
                c.nextReconcileAt = now;
            }
        });
    }

    public String revealPin(CouponEntity coupon) {
        return coupon.pinEncrypted == null ? null : cipher.decrypt(coupon.pinEncrypted, coupon.id.toString());
    }

    private Uni<CouponEntity> recordError(UUID id, ProviderError error, CouponStatus target, CouponEventType type) {
        Instant now = clock.instant();
        return coupons.findById(id).call(c -> {
            setError(c, error);
            return move(c, target, type, reasonOf(error), now);
        });
    }

    /** Our code, the provider's code and the fixed message of our code: never the provider's own text. */
    private static void setError(CouponEntity c, ProviderError error) {
        c.errorCode = error.code().name();
        c.errorProviderCode = truncate(error.providerCode(), 40);
        c.errorMessage = ErrorMessages.of(c.errorCode);
    }

    /** A transition's reason: codes, and our own description when the failure never came from a provider reply. */
    private static String reasonOf(ProviderError error) {
        return error.code()
                + (error.providerCode() != null
                        ? " [" + error.providerCode() + "]"
                        : error.providerMessage() == null ? "" : ": " + error.providerMessage());
    }

    private Uni<Void> move(
            CouponEntity coupon, CouponStatus target, CouponEventType event, String reason, Instant now) {
        CouponStatus from = coupon.status;
        if (from == target) {
            // a repeated resolution (a retried cancel, a second replica) changes nothing
            return Uni.createFrom().voidItem();
        }
        if (!from.canMoveTo(target)) {
            throw new IllegalStateException("coupon " + coupon.id + ": " + from + " -> " + target + " not allowed");
        }
        coupon.status = target;
        coupon.updatedAt = now;
        return record(coupon, from, event, reason, now);
    }

    private Uni<Void> record(
            CouponEntity coupon, CouponStatus from, CouponEventType event, String reason, Instant now) {
        CouponTransitionEntity step = new CouponTransitionEntity();
        step.couponId = coupon.id;
        step.fromStatus = from;
        step.toStatus = coupon.status;
        step.reason = truncate(reason, 500);
        step.at = now;
        Uni<?> stored = transitions.persist(step);
        if (event != null) {
            stored = stored.call(() -> outbox.persist(CouponEvents.outboxRow(event, coupon, from, now)));
        }
        return stored.replaceWithVoid();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
