package io.gifticon.issuance.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.issuance.service.CouponLedger;
import io.gifticon.outbox.OutboxRelay;
import io.gifticon.outbox.SafeContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Redemption and expiry facts from {@code settlement-events} ({@code coupon.redeemed}: couponId, provider, date,
 * redeemedAt, branch; {@code coupon.expired}: couponId, provider, date, expiredAt — local date-times in Asia/Seoul)
 * move the coupon to REDEEMED / EXPIRED where the lifecycle allows it, with the transition and the coupon's own
 * event. Idempotent by state: a repeated fact finds the coupon already moved and changes nothing. Only records
 * whose {@code source} is settlement-service, the topic's owner ({@link EventSources}), are acted on.
 */
@ApplicationScoped
public class SettlementFactsConsumer {
    private static final Logger LOG = Logger.getLogger(SettlementFactsConsumer.class);

    private final CouponLedger ledger;
    private final OutboxRelay relay;
    private final ObjectMapper json;
    private final Vertx vertx;

    public SettlementFactsConsumer(CouponLedger ledger, OutboxRelay relay, ObjectMapper json, Vertx vertx) {
        this.ledger = ledger;
        this.relay = relay;
        this.json = json;
        this.vertx = vertx;
    }

    @Incoming("settlement-events")
    public Uni<Void> consume(String event) {
        JsonNode envelope;
        try {
            envelope = json.readTree(event);
        } catch (Exception e) {
            LOG.warnf("settlement event skipped: not JSON (%s)", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        String type = envelope.path("type").asText("");
        String source = envelope.path("source").asText(null);
        if (!EventSources.isFromOwner(Topics.SETTLEMENT_EVENTS, source)) {
            // issue 12 §9: only settlement-service writes settlement-events; anything else is forged or misrouted
            LOG.warnf(
                    "settlement event %s (%s) ignored: source %s is not the topic's owner",
                    envelope.path("id").asText(), type, source);
            return Uni.createFrom().voidItem();
        }
        CouponStatus target = switch (type) {
            case "coupon.redeemed" -> CouponStatus.REDEEMED;
            case "coupon.expired" -> CouponStatus.EXPIRED;
            default -> null; // balance.reconciled, report.ready, …: not ours
        };
        if (target == null) {
            return Uni.createFrom().voidItem();
        }
        String eventId = envelope.path("id").asText();
        JsonNode data = envelope.path("data");
        UUID couponId;
        try {
            couponId = UUID.fromString(data.path("couponId").asText());
        } catch (IllegalArgumentException e) {
            LOG.warnf("settlement event %s (%s) skipped: no coupon id", eventId, type);
            return Uni.createFrom().voidItem();
        }
        String reason = target == CouponStatus.REDEEMED
                ? "settlement: redeemed "
                        + data.path("redeemedAt").asText(data.path("date").asText("?")) + " (Asia/Seoul)"
                        + (data.hasNonNull("branch")
                                ? " at " + data.path("branch").asText()
                                : "")
                : "settlement: expired "
                        + data.path("expiredAt").asText(data.path("date").asText("?")) + " (Asia/Seoul)";
        return SafeContexts.run(vertx, () -> ledger.recordFact(couponId, target, reason + ", event " + eventId))
                .invoke(outcome -> {
                    switch (outcome) {
                        case MOVED -> relay.wakeUp();
                        case UNKNOWN_COUPON ->
                            LOG.infof(
                                    "settlement event %s (%s): coupon %s is not ours, skipped",
                                    eventId, type, couponId);
                        case NOT_ALLOWED ->
                            LOG.warnf(
                                    "settlement event %s (%s): coupon %s cannot become %s from its "
                                            + "current state, skipped",
                                    eventId, type, couponId, target);
                        case ALREADY ->
                            LOG.debugf("settlement event %s: coupon %s already %s", eventId, couponId, target);
                    }
                })
                .replaceWithVoid();
    }
}
