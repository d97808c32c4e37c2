package io.gifticon.settlement.service;

import io.gifticon.providers.ProviderException;
import io.gifticon.providers.pbt.PbtReply;
import io.gifticon.settlement.PosTransactionEntity;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.settlement.messaging.SettlementEventData;
import io.gifticon.settlement.messaging.SettlementEventType;
import io.gifticon.settlement.messaging.SettlementEvents;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** PBT POS transactions as relayed by the POS page: recorded, then confirmed or cancelled (cancel reverses all). */
@ApplicationScoped
public class PosService {
    // pbt-pos-integration.txt: transactionID 16–36 characters
    static final int MIN_TRANSACTION_ID = 16;
    static final int MAX_TRANSACTION_ID = 36;
    private final OutboxRelay relay;

    public PosService(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Records the popup's reply; the same reply again is answered with the stored transaction. */
    public Uni<PosTransactionEntity> record(String popupJson) {
        PosTransactionEntity t = parse(popupJson);
        return Panache.withTransaction(() -> PosTransactionEntity.<PosTransactionEntity>findById(t.transactionId)
                .chain(existing -> {
                    if (existing == null) {
                        return t.persist().replaceWith(t);
                    }
                    if (sameAmounts(existing, t)) {
                        return Uni.createFrom().item(existing);
                    }
                    throw conflict("transaction " + t.transactionId + " was already recorded with other amounts");
                }));
    }

    public Uni<PosTransactionEntity> confirm(String transactionId) {
        return change(transactionId, t -> {
            if ("CANCELLED".equals(t.status)) {
                throw conflict("transaction " + transactionId + " is cancelled");
            }
            if ("CONFIRMED".equals(t.status)) {
                return null;
            }
            t.status = "CONFIRMED";
            t.confirmedAt = Instant.now();
            return SettlementEventType.POS_TRANSACTION_CONFIRMED;
        });
    }

    public Uni<PosTransactionEntity> cancel(String transactionId) {
        return change(transactionId, t -> {
            if ("CANCELLED".equals(t.status)) {
                return null;
            }
            t.status = "CANCELLED";
            t.cancelledAt = Instant.now();
            return SettlementEventType.POS_TRANSACTION_CANCELLED;
        });
    }

    private Uni<PosTransactionEntity> change(String transactionId,
            java.util.function.Function<PosTransactionEntity, SettlementEventType> step) {
        return Panache.withTransaction(() -> PosTransactionEntity.<PosTransactionEntity>findById(transactionId)
                .chain(t -> {
                    if (t == null) {
                        throw new ProblemException(Problem.of(404, "NOT_FOUND", "No such POS transaction",
                                "no POS transaction " + transactionId));
                    }
                    SettlementEventType type = step.apply(t);
                    if (type == null) {
                        return Uni.createFrom().item(t);
                    }
                    Instant at = type == SettlementEventType.POS_TRANSACTION_CONFIRMED ? t.confirmedAt : t.cancelledAt;
                    return SettlementEvents.outboxRow(type, "pos:" + t.transactionId,
                            new SettlementEventData.PosTransaction(t.transactionId, t.supportMode, t.pointsRedeemed,
                                    t.pointsEarned, t.couponDiscount, t.prepaidAmount, t.status, at), at)
                            .persist().replaceWith(t);
                })).invoke(relay::wakeUp);
    }

    static PosTransactionEntity parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid(List.of("body is required: the popup's reply {status, result, timestamp, data}"));
        }
        PbtReply reply;
        try {
            reply = PbtReply.parse(json);
        } catch (ProviderException e) {
            throw invalid(List.of("body is not a PBT popup reply"));
        }
        List<String> problems = new ArrayList<>();
        PbtReply.Data data = reply.data();
        if (data == null) {
            throw invalid(List.of("data is required"));
        }
        if (!reply.success()) {
            throw new ProblemException(Problem.of(422, "POS_FAILED", "The POS reported a failure",
                    "the popup reported " + reply.messageForCashier() + "; nothing was recorded"));
        }
        String id = data.transactionID() == null ? null : data.transactionID().strip();
        if (id == null || id.length() < MIN_TRANSACTION_ID || id.length() > MAX_TRANSACTION_ID) {
            problems.add("data.transactionID must be " + MIN_TRANSACTION_ID + "-" + MAX_TRANSACTION_ID + " characters");
        }
        if (data.supportMode() == null) {
            problems.add("data.supportMode is required");
        }
        for (Integer amount : new Integer[] { data.pointRedeem(), data.pointEarn(), data.couponDiscountPrice(),
                data.prepaidPayPrice() }) {
            if (amount != null && amount < 0) {
                problems.add("amounts must not be negative");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        PosTransactionEntity t = new PosTransactionEntity();
        t.transactionId = id;
        t.supportMode = data.supportMode().name();
        t.pointsRedeemed = orZero(data.pointRedeem());
        t.pointsEarned = orZero(data.pointEarn());
        t.couponDiscount = orZero(data.couponDiscountPrice());
        t.prepaidAmount = orZero(data.prepaidPayPrice());
        t.couponCodes = data.couponItemCodes() == null ? null : String.join(",", data.couponItemCodes());
        t.status = "RECORDED";
        t.recordedAt = Instant.now();
        return t;
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean sameAmounts(PosTransactionEntity a, PosTransactionEntity b) {
        return a.pointsRedeemed == b.pointsRedeemed && a.pointsEarned == b.pointsEarned
                && a.couponDiscount == b.couponDiscount && a.prepaidAmount == b.prepaidAmount
                && Objects.equals(a.supportMode, b.supportMode);
    }

    private static ProblemException invalid(List<String> problems) {
        return new ProblemException(Problem.of(400, "INVALID_REQUEST", "Invalid POS transaction",
                String.join("; ", problems)));
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "CONFLICT", "Conflict", detail));
    }
}
