package io.gifticon.sandbox.pbt.transaction;

import io.gifticon.sandbox.pbt.SupportMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One POS transaction (transactionID): its popup parts per supportMode, then confirm, then possibly cancel. */
public final class PbtTransaction {

    public enum State {
        OPEN,
        CONFIRMED,
        CANCELLED
    }

    private final String transactionId;
    private final String terminalId;
    private final Instant createdAt;
    private final Map<SupportMode, PbtPart> parts = new EnumMap<>(SupportMode.class);
    private State state = State.OPEN;
    private Instant confirmedAt;
    private Instant cancelledAt;

    PbtTransaction(String transactionId, String terminalId, Instant createdAt) {
        this.transactionId = transactionId;
        this.terminalId = terminalId;
        this.createdAt = createdAt;
    }

    public String transactionId() {
        return transactionId;
    }

    public String terminalId() {
        return terminalId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized Instant confirmedAt() {
        return confirmedAt;
    }

    public synchronized Instant cancelledAt() {
        return cancelledAt;
    }

    public synchronized List<PbtPart> parts() {
        return List.copyOf(parts.values());
    }

    public synchronized Optional<PbtPart> part(SupportMode mode) {
        return Optional.ofNullable(parts.get(mode));
    }

    synchronized PbtPart open(SupportMode mode, Integer payAmount, List<PbtItem> items) {
        PbtPart part = new PbtPart(mode, payAmount, items);
        parts.put(mode, part);
        return part;
    }

    synchronized void confirmed(Instant at) {
        state = State.CONFIRMED;
        confirmedAt = at;
    }

    synchronized void cancelled(Instant at) {
        state = State.CANCELLED;
        cancelledAt = at;
    }
}
