package io.gifticon.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.catalog.ProductEntity;
import io.gifticon.events.CatalogEventType;
import io.gifticon.events.CatalogSyncedData;
import io.gifticon.events.ProductEventData.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox rows of catalog events carry the wire format consumers read (payloads from the events module). */
class CatalogEventsTest {
    static final Instant AT = Instant.parse("2026-11-22T01:02:03Z");
    static final UUID SYNC = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void shouldWriteAProductEventInTheContractsWireFormat() {
        ProductEntity p = new ProductEntity();
        p.id = "giftishow:G1";
        p.provider = "giftishow";
        p.goodsCode = "G1";
        p.name = "아메리카노";
        p.brandId = "giftishow:B1";
        p.brandName = "스타벅스";
        p.category = "카페";
        p.consumerPrice = 4500;
        p.costPrice = 4230;
        p.status = "ON_SALE";
        p.validUntil = LocalDate.parse("2027-01-31");

        var row = CatalogEvents.product(
                CatalogEventType.CHANGED, p, List.of(new FieldChange("consumerPrice", 4000L, 4500L)), SYNC, AT);

        assertThat(row.eventType).isEqualTo("product.changed");
        assertThat(row.eventKey).isEqualTo("giftishow:G1");
        assertThat(withoutId(row.payload))
                .isEqualTo("{\"id\":\"-\",\"type\":\"product.changed\",\"source\":\"catalog-service\","
                        + "\"time\":\"2026-11-22T01:02:03Z\",\"subject\":\"giftishow:G1\",\"dataVersion\":1,"
                        + "\"data\":{\"productId\":\"giftishow:G1\",\"provider\":\"giftishow\",\"goodsCode\":\"G1\","
                        + "\"name\":\"아메리카노\",\"brandId\":\"giftishow:B1\",\"brandName\":\"스타벅스\","
                        + "\"category\":\"카페\",\"consumerPrice\":4500,\"costPrice\":4230,\"status\":\"ON_SALE\","
                        + "\"validUntil\":\"2027-01-31\",\"changes\":[{\"field\":\"consumerPrice\",\"oldValue\":4000,"
                        + "\"newValue\":4500}],\"syncId\":\"00000000-0000-0000-0000-000000000001\"}}");
    }

    @Test
    void shouldWriteTheSyncedEventOfARunKeyedByItsId() {
        var data = new CatalogSyncedData(
                SYNC.toString(),
                "MANUAL",
                "PARTIAL",
                AT,
                AT.plusSeconds(5),
                List.of(new CatalogSyncedData.ProviderOutcome(
                        "coufun", "FAILED", 0, 0, 0, 0, 0, List.of("not supported"))));

        var row = CatalogEvents.synced(data, AT);

        assertThat(row.eventType).isEqualTo("catalog.synced");
        assertThat(row.eventKey).isEqualTo("sync:" + SYNC);
        assertThat(withoutId(row.payload))
                .isEqualTo("{\"id\":\"-\",\"type\":\"catalog.synced\",\"source\":\"catalog-service\","
                        + "\"time\":\"2026-11-22T01:02:03Z\",\"subject\":\"sync:" + SYNC + "\",\"dataVersion\":1,"
                        + "\"data\":{\"syncId\":\"" + SYNC + "\",\"trigger\":\"MANUAL\",\"status\":\"PARTIAL\","
                        + "\"startedAt\":\"2026-11-22T01:02:03Z\",\"finishedAt\":\"2026-11-22T01:02:08Z\","
                        + "\"providers\":[{\"provider\":\"coufun\",\"status\":\"FAILED\",\"products\":0,\"added\":0,"
                        + "\"changed\":0,\"discontinued\":0,\"suspended\":0,\"errors\":[\"not supported\"]}]}}");
    }

    private static String withoutId(String payload) {
        return payload.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"-\"");
    }
}
