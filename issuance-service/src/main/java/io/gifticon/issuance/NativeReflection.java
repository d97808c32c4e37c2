package io.gifticon.issuance;

import io.gifticon.events.CouponEventData;
import io.gifticon.events.EventEnvelope;
import io.gifticon.issuance.client.CatalogProduct;
import io.gifticon.issuance.rest.CouponView;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Native images: types Jackson reaches by reflection outside resource signatures — event envelopes written by
 * the outbox, coupons returned inside a plain {@code Response}, catalog products read by a programmatic client.
 */
@RegisterForReflection(
        targets = {
            EventEnvelope.class,
            CouponEventData.class,
            CouponView.class,
            CouponView.ProductSnapshot.class,
            CatalogProduct.class
        })
final class NativeReflection {
    private NativeReflection() {}
}
