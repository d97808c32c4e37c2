package io.gifticon.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

    @Test
    void shouldWriteSettlementPayloadsInTheirWireFormFieldForField() {
        // the form settlement-service has published since data version 1 (issuance and other consumers read it)
        LocalDate day = LocalDate.parse("2026-11-22");
        assertThat(EventJson.write(EventEnvelope.of(
                                "coupon.redeemed",
                                EventSources.SETTLEMENT,
                                AT,
                                "c-1",
                                new SettlementEventData.CouponRedeemed(
                                        "c-1", "giftletter", day, LocalDateTime.parse("2026-11-22T10:15:30"), null)))
                        .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"e\""))
                .isEqualTo("{\"id\":\"e\",\"type\":\"coupon.redeemed\",\"source\":\"settlement-service\","
                        + "\"time\":\"2026-11-22T01:02:03Z\",\"subject\":\"c-1\",\"dataVersion\":1,"
                        + "\"data\":{\"couponId\":\"c-1\",\"provider\":\"giftletter\",\"date\":\"2026-11-22\","
                        + "\"redeemedAt\":\"2026-11-22T10:15:30\"}}");
        assertThat(EventJson.write(envelope(
                        new SettlementEventData.BalanceReconciled("r-1", "giftishow", 1000, null, null, true, AT))))
                .endsWith("\"data\":{\"reconciliationId\":\"r-1\",\"provider\":\"giftishow\",\"observed\":1000,"
                        + "\"baseline\":true,\"observedAt\":\"2026-11-22T01:02:03Z\"}}");
        assertThat(EventJson.write(envelope(new SettlementEventData.DiscrepancyDetected(
                        7, "giftletter", "UNKNOWN_PIN", "x", null, "d", AT))))
                .endsWith("\"data\":{\"discrepancyId\":7,\"provider\":\"giftletter\",\"kind\":\"UNKNOWN_PIN\","
                        + "\"reference\":\"x\",\"detail\":\"d\",\"openedAt\":\"2026-11-22T01:02:03Z\"}}");
        assertThat(EventJson.write(
                        envelope(new SettlementEventData.RedemptionsImported("giftletter", day, 3, 2, 1, 1, 0))))
                .endsWith("\"data\":{\"provider\":\"giftletter\",\"date\":\"2026-11-22\",\"lines\":3,"
                        + "\"newRedemptions\":2,\"matched\":1,\"unknownPins\":1,\"unreadableLines\":0}}");
        assertThat(EventJson.write(envelope(new SettlementEventData.CouponExpired(
                        "c-1", "giftishow", day, LocalDateTime.parse("2026-11-22T00:00:00")))))
                .endsWith("\"data\":{\"couponId\":\"c-1\",\"provider\":\"giftishow\",\"date\":\"2026-11-22\","
                        + "\"expiredAt\":\"2026-11-22T00:00:00\"}}");
        assertThat(EventJson.write(
                        envelope(new SettlementEventData.ReportReady(day, "/r?date=2026-11-22", List.of("text/csv")))))
                .endsWith("\"data\":{\"date\":\"2026-11-22\",\"url\":\"/r?date=2026-11-22\","
                        + "\"formats\":[\"text/csv\"]}}");
        assertThat(EventJson.write(envelope(
                        new SettlementEventData.PosTransaction("t-1", "POINT", 100, 5, 0, 0, "CONFIRMED", AT))))
                .endsWith("\"data\":{\"transactionId\":\"t-1\",\"supportMode\":\"POINT\",\"pointsRedeemed\":100,"
                        + "\"pointsEarned\":5,\"couponDiscount\":0,\"prepaidAmount\":0,\"status\":\"CONFIRMED\","
                        + "\"at\":\"2026-11-22T01:02:03Z\"}}");
    }

    @Test
    void shouldMapEverySettlementEventTypeToItsWireNameOnTheSettlementTopic() {
        for (SettlementEventType type : SettlementEventType.values()) {
            assertThat(SettlementEventType.fromWireName(type.wireName())).contains(type);
            assertThat(type.topic()).isEqualTo(Topics.SETTLEMENT_EVENTS);
        }
    }

    private static EventEnvelope<Object> envelope(Object data) {
        return new EventEnvelope<>("e", "x", EventSources.SETTLEMENT, AT, "s", 1, data);
    }
}
