package io.gifticon.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventSourcesTest {

    private static EventEnvelope<String> from(String source, String type) {
        return EventEnvelope.of(type, source, Instant.parse("2026-12-01T00:00:00Z"), "c-1", "{}");
    }

    @Test
    void shouldTrustEachTopicOnlyFromItsProducer() {
        assertThat(EventSources.isFromOwner(Topics.COUPON_EVENTS, from("issuance-service", "coupon.issued")))
                .isTrue();
        assertThat(EventSources.isFromOwner(Topics.CATALOG_EVENTS, from("catalog-service", "product.added")))
                .isTrue();
        assertThat(EventSources.isFromOwner(Topics.SETTLEMENT_EVENTS, from("settlement-service", "coupon.redeemed")))
                .isTrue();
    }

    @Test
    void shouldRefuseAFactFromAServiceThatDoesNotOwnTheTopic() {
        // a forged redemption on coupon-events claiming to come from settlement, and the reverse
        assertThat(EventSources.isFromOwner(Topics.COUPON_EVENTS, from("settlement-service", "coupon.redeemed")))
                .isFalse();
        assertThat(EventSources.isFromOwner(Topics.SETTLEMENT_EVENTS, from("issuance-service", "coupon.redeemed")))
                .isFalse();
        assertThat(EventSources.isFromOwner(Topics.SETTLEMENT_EVENTS, "attacker"))
                .isFalse();
    }

    @Test
    void shouldRefuseMissingSourcesAndUnknownTopics() {
        assertThat(EventSources.isFromOwner(Topics.COUPON_EVENTS, (String) null))
                .isFalse();
        assertThat(EventSources.isFromOwner("other-topic", "issuance-service")).isFalse();
        assertThat(EventSources.isFromOwner(Topics.COUPON_EVENTS, (EventEnvelope<?>) null))
                .isFalse();
    }
}
