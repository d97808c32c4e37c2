package io.gifticon.gateway;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Native images: the event envelopes the gateway reads from Kafka for webhooks and the event stream. */
@RegisterForReflection(targets = {EventEnvelope.class, CouponEventData.class})
final class NativeReflection {
    private NativeReflection() {}
}
