package io.gifticon.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published contract (asyncapi.yaml) and the code's event types cannot drift apart. */
class AsyncApiContractTest {
    private static JsonNode doc;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void shouldDocumentEveryCouponEventTypeAsAMessageOfCouponEvents() {
        List<String> messageNames = new ArrayList<>();
        for (JsonNode ref : doc.at("/channels/coupon-events/subscribe/message/oneOf")) {
            String name = ref.path("$ref").asText().replace("#/components/messages/", "");
            messageNames.add(doc.at("/components/messages/" + name + "/name").asText());
        }

        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(wireNames());
    }

    @Test
    void shouldListEveryCouponEventTypeInTheEnvelopeSchema() {
        List<String> documented = new ArrayList<>();
        doc.at("/components/schemas/CouponEvent/allOf/1/properties/type/enum").forEach(t -> documented.add(t.asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(wireNames());
    }

    @Test
    void shouldNameTheTopicsTheCodeUses() {
        assertThat(doc.at("/channels/coupon-events/bindings/kafka/topic").asText()).isEqualTo(Topics.COUPON_EVENTS);
        assertThat(doc.at("/channels/catalog-events/bindings/kafka/topic").asText()).isEqualTo(Topics.CATALOG_EVENTS);
        assertThat(doc.at("/channels/settlement-events/bindings/kafka/topic").asText())
                .isEqualTo(Topics.SETTLEMENT_EVENTS);
    }

    private static List<String> wireNames() {
        return Arrays.stream(CouponEventType.values()).map(CouponEventType::wireName).toList();
    }
}
