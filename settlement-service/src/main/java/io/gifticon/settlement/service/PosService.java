package io.gifticon.settlement.service;

import io.gifticon.events.SettlementEventData;
import io.gifticon.events.SettlementEventType;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.settlement.PosTransactionEntity;
import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.settlement.repository.PosTransactionRepository;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;

/**
 * PBT POS transactions as relayed by the POS page: recorded, then confirmed or cancelled (cancel reverses all). Each
 * belongs to the API client that recorded it (the terminal's key, {@code X-Client-Id}): for every other client it
 * does not exist (404), and its id cannot be recorded again by another client (409).
 */
@ApplicationScoped
public class PosService {
    private final java.time.Clock clock;

    private final OutboxRelay relay;
    private final PosTransactionRepository transactions;
    private final PosRelayReader.Limits limits;

    public PosService(
            OutboxRelay relay, PosTransactionRepository transactions, SettlementConfig config, java.time.Clock clock) {
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
        this.limits =
                new PosRelayReader.Limits(config.pos().maxAmount(), config.pos().requestRequired());
    }

    /** Records the relayed reply; the same reply again (same client) is answered with the stored transaction. */
    public Uni<PosTransactionEntity> record(String clientId, String body) {
        PosTransactionEntity t = entity(clientId, PosRelayReader.read(body, limits));
        // insert-or-nothing: two relays of one transaction at once cannot both insert (nor fail on the key)
        return Panache.withTransaction(() -> transactions
                .insertIfAbsent(t)
                .chain(inserted -> transactions.findById(t.transactionId).map(stored -> {
                    if (inserted) {
                        return stored;
                    }
                    if (!clientId.equals(stored.clientId)) {
                        throw conflict("transaction id " + t.transactionId + " is already in use");
                    }
                    if (!sameAmounts(stored, t)) {
                        throw conflict("transaction " + t.transactionId + " was already recorded with other amounts");
                    }
                    return stored;
                })));
    }

    /** The client's own transaction; 404 for any other client's, as for one that does not exist. */
    public Uni<PosTransactionEntity> get(String clientId, String transactionId) {
        if (!PosRelayReader.TRANSACTION_ID.matcher(transactionId).matches()) {
            return Uni.createFrom().failure(notFound(transactionId));
        }
        return Panache.withSession(() -> transactions.findById(transactionId))
                .map(t -> owned(clientId, transactionId, t));
    }

    public Uni<PosTransactionEntity> confirm(String clientId, String transactionId) {
        return change(clientId, transactionId, t -> {
            if ("CANCELLED".equals(t.status)) {
                throw conflict("transaction " + transactionId + " is cancelled");
            }
            if ("CONFIRMED".equals(t.status)) {
                return null;
            }
            t.status = "CONFIRMED";
            t.confirmedAt = clock.instant();
            return SettlementEventType.POS_TRANSACTION_CONFIRMED;
        });
    }

    public Uni<PosTransactionEntity> cancel(String clientId, String transactionId) {
        return change(clientId, transactionId, t -> {
            if ("CANCELLED".equals(t.status)) {
                return null;
            }
            t.status = "CANCELLED";
            t.cancelledAt = clock.instant();
            return SettlementEventType.POS_TRANSACTION_CANCELLED;
        });
    }

    private Uni<PosTransactionEntity> change(
            String clientId,
            String transactionId,
            java.util.function.Function<PosTransactionEntity, SettlementEventType> step) {
        if (!PosRelayReader.TRANSACTION_ID.matcher(transactionId).matches()) {
            return Uni.createFrom().failure(notFound(transactionId));
        }
        // the row locked: a confirm and a cancel at once are applied one after the other, never both over RECORDED
        return Panache.withTransaction(() -> transactions
                        .findById(transactionId, LockModeType.PESSIMISTIC_WRITE)
                        .chain(found -> {
                            PosTransactionEntity t = owned(clientId, transactionId, found);
                            SettlementEventType type = step.apply(t);
                            if (type == null) {
                                return Uni.createFrom().item(t);
                            }
                            Instant at = type == SettlementEventType.POS_TRANSACTION_CONFIRMED
                                    ? t.confirmedAt
                                    : t.cancelledAt;
                            return SettlementEvents.outboxRow(
                                            type,
                                            "pos:" + t.transactionId,
                                            new SettlementEventData.PosTransaction(
                                                    t.transactionId,
                                                    t.supportMode,
                                                    t.pointsRedeemed,
                                                    t.pointsEarned,
                                                    t.couponDiscount,
                                                    t.prepaidAmount,
                                                    t.status,
                                                    at),
                                            at)
                                    .persist()
                                    .replaceWith(t);
                        }))
                .invoke(relay::wakeUp);
    }

    private static PosTransactionEntity owned(String clientId, String transactionId, PosTransactionEntity t) {
        // another client's transaction is answered exactly like a missing one: its existence is not told
        if (t == null || t.clientId == null || !t.clientId.equals(clientId)) {
            throw notFound(transactionId);
        }
        return t;
    }

    PosTransactionEntity entity(String clientId, PosRelay relay) {
        PosTransactionEntity t = new PosTransactionEntity();
        t.transactionId = relay.transactionId();
        t.clientId = clientId;
        t.supportMode = relay.mode().name();
        t.pointsRedeemed = relay.pointsRedeemed();
        t.pointsEarned = relay.pointsEarned();
        t.couponDiscount = relay.couponDiscount();
        t.prepaidAmount = relay.prepaidAmount();
        t.couponCodes = relay.couponItemCodes() == null ? null : String.join(",", relay.couponItemCodes());
        t.requestedAmount = relay.requestedAmount();
        t.status = "RECORDED";
        t.recordedAt = clock.instant();
        return t;
    }

    private static boolean sameAmounts(PosTransactionEntity a, PosTransactionEntity b) {
        return a.pointsRedeemed == b.pointsRedeemed
                && a.pointsEarned == b.pointsEarned
                && a.couponDiscount == b.couponDiscount
                && a.prepaidAmount == b.prepaidAmount
                && Objects.equals(a.supportMode, b.supportMode);
    }

    private static DomainException notFound(String transactionId) {
        String shown = transactionId.length() > 36 ? transactionId.substring(0, 36) + "…" : transactionId;
        return new DomainException(ErrorCode.NOT_FOUND, "no POS transaction " + shown);
    }

    private static DomainException conflict(String detail) {
        return new DomainException(ErrorCode.CONFLICT, detail);
    }
}
