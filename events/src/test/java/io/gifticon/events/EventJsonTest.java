package io.gifticon.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-22T01:02:03Z");

    @Test
    void shouldWriteEnvelopeWithIsoTimeAndWithoutNullFields() {
        var data = new CouponEventData(
                "c-1",
                "acme",
                null,
                "ISSUED",
                "ISSUING",
                "giftishow",
                "giftishow:G1",
                "tr1",
                "o1",
                "PIN",
                "010-****-5678",
                null,
                null,
                null,
                AT,
                4230L,
                null);
        var json = EventJson.write(new EventEnvelope<>("e-1", "coupon.issued", "issuance-service", AT, "c-1", 1, data));

        assertThat(json)
                .contains(
                        "\"time\":\"2026-11-22T01:02:03Z\"",
                        "\"type\":\"coupon.issued\"",
                        "\"subject\":\"c-1\"",
                        "\"dataVersion\":1")
                .doesNotContain("null", "clientReference");
    }

    @Test
    void shouldReadCouponEventIgnoringFieldsAddedByNewerProducers() {
        var json = """
                {"id":"e-1","type":"coupon.issued","source":"issuance-service","time":"2026-11-22T01:02:03Z",
                 "subject":"c-1","dataVersion":1,"futureField":true,
                 "data":{"couponId":"c-1","status":"ISSUED","alsoNew":1}}""";

        var event = EventJson.readCouponEvent(json);

        assertThat(event.data().couponId()).isEqualTo("c-1");
        assertThat(event.data().status()).isEqualTo("ISSUED");
        assertThat(event.time()).isEqualTo(AT);
    }

    @Test
    void shouldHashPinWithKeyIgnoringSeparators() {
        // printf %s 900343630367 | openssl dgst -sha256 -hmac key
        assertThat(PinHash.of("key", "9003-4363-0367"))
                .isEqualTo("8444089f622783d385847370ba6d48212ebef5956ab41db1006fb3a85a137865");
        assertThat(PinHash.of("other", "900343630367")).isNotEqualTo(PinHash.of("key", "900343630367"));
    }

    @Test
    void shouldRejectTextThatIsNoEnvelope() {
        assertThatThrownBy(() -> EventJson.readCouponEvent("{\"id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMapEveryCouponEventTypeToItsWireName() {
        for (CouponEventType type : CouponEventType.values()) {
            assertThat(CouponEventType.fromWireName(type.wireName())).contains(type);
            assertThat(type.wireName()).startsWith("coupon.");
        }
    }

    @Test
    void shouldReadAnEventOfAnyTopicWithItsPayloadTyped() {
        var json = """
                {"id":"e-2","type":"product.changed","source":"catalog-service","time":"2026-11-22T01:02:03Z",
                 "subject":"giftishow:G1","dataVersion":1,
                 "data":{"productId":"giftishow:G1","provider":"giftishow","goodsCode":"G1","name":"라떼",
                         "consumerPrice":4500,"costPrice":4230,"status":"ON_SALE",
                         "changes":[{"field":"costPrice","oldValue":4000,"newValue":4230}]}}""";

        var event = EventJson.readTyped(Topics.CATALOG_EVENTS, json).orElseThrow();

        assertThat(event.type()).isEqualTo(CatalogEventType.CHANGED);
        ProductEventData data = event.data(ProductEventData.class);
        assertThat(data.costPrice()).isEqualTo(4230);
        assertThat(data.changes())
                .extracting(ProductEventData.FieldChange::field)
                .containsExactly("costPrice");
    }

    @Test
    void shouldTellTheSameWireNameApartByTopic() {
        var json = """
                {"id":"e-3","type":"coupon.redeemed","source":"settlement-service","time":"2026-11-22T01:02:03Z",
                 "subject":"c-1","dataVersion":1,"data":{"couponId":"c-1","provider":"giftletter","date":"2026-11-22"}}""";

        var event = EventJson.readTyped(Topics.SETTLEMENT_EVENTS, json).orElseThrow();

        assertThat(event.type()).isEqualTo(SettlementEventType.COUPON_REDEEMED);
        assertThat(event.data(SettlementEventData.CouponRedeemed.class).provider())
                .isEqualTo("giftletter");
    }

    @Test
    void shouldSkipTypesTheContractDoesNotKnowAndRefuseWhatIsNoEnvelope() {
        assertThat(EventJson.readTyped(Topics.CATALOG_EVENTS, """
                {"id":"e","type":"product.teleported","source":"catalog-service","time":"2026-11-22T01:02:03Z",
                 "subject":"p","dataVersion":1,"data":{}}""")).isEmpty();
        assertThatThrownBy(() -> EventJson.readTyped(Topics.CATALOG_EVENTS, "not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventJson.readTyped(Topics.CATALOG_EVENTS, "{\"type\":\"product.added\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
