package io.gifticon.issuance.messaging;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.CouponEventType;
import io.gifticon.events.EventEnvelope;
import io.gifticon.events.EventSources;
import io.gifticon.events.Topics;
import io.gifticon.issuance.CouponEntity;
import io.gifticon.issuance.CouponStatus;
import io.gifticon.outbox.OutboxEventEntity;
import java.time.Instant;

/** Builds the outbox row of a coupon event from the coupon as it is after the change. */
public final class CouponEvents {
    static final String SOURCE = EventSources.ISSUANCE;

    private CouponEvents() {}

    public static OutboxEventEntity outboxRow(
            CouponEventType type, CouponEntity coupon, CouponStatus previous, Instant at) {
        var data = new CouponEventData(
                coupon.id.toString(),
                coupon.clientId,
                coupon.clientReference,
                coupon.status.name(),
                previous == null ? null : previous.name(),
                coupon.provider,
                coupon.productId,
                coupon.providerTransactionId,
                coupon.providerOrderNo,
                coupon.delivery,
                coupon.recipientPhoneMasked,
                coupon.errorCode,
                coupon.errorProviderCode,
                io.gifticon.issuance.service.ErrorMessages.of(coupon.errorCode),
                at,
                coupon.costPrice,
                coupon.pinHash);
        var envelope = EventEnvelope.of(type.wireName(), SOURCE, at, coupon.id.toString(), data);
        return OutboxEventEntity.of(Topics.COUPON_EVENTS, coupon.id.toString(), envelope);
    }
}
