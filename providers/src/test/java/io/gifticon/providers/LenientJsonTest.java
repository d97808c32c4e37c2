package io.gifticon.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The slips of the providers' documents that {@link LenientJson} repairs, one by one. */
class LenientJsonTest {

    @Test
    void shouldLeaveValidJsonAlone() {
        assertThat(LenientJson.parse("{\"a\":\"x\\n\\\"y\",\"b\":[1,2]}")
                        .path("a")
                        .asText())
                .isEqualTo("x\n\"y");
    }

    @Test
    void shouldRestoreTheOpeningQuoteOfANameAndTheLostBraceOfAListItem() {
        // giftishow-biz-api.txt §1.5
        JsonNode node = LenientJson.parse("""
                {"result": {"goodsList": [
                      discountRate": 6,
                      content": "내용"
                      oodsImgS": "s.jpg",
                    }
                  ]
                }""");
        JsonNode item = node.path("result").path("goodsList").path(0);
        assertThat(item.path("discountRate").asInt()).isEqualTo(6);
        assertThat(item.path("content").asText()).isEqualTo("내용");
        assertThat(item.path("oodsImgS").asText()).isEqualTo("s.jpg");
    }

    @Test
    void shouldAddTheMissingCommaAndTheMissingOuterBrace() {
        // giftletter-b2c.txt §6.2 and pbt-pos-integration.txt §2.2
        assertThat(LenientJson.parse("{\n \"rstCode\": \"P102\",\n \"rstMsg\": \"x\"\n \"reserved \" : \"\"\n}")
                        .path("rstCode")
                        .asText())
                .isEqualTo("P102");
        assertThat(LenientJson.parse("\"status\": \"200\",\n\"data\": {\n \"errorCode\": 200\n}")
                        .path("data")
                        .path("errorCode")
                        .asInt())
                .isEqualTo(200);
    }

    @Test
    void shouldReadANameWithoutValueAsNull() {
        // giftishow-biz-api.txt §2.5 "goodsDescImgWeb" :
        JsonNode node = LenientJson.parse("{\n \"goodsDescImgWeb\" :\n \"goodsimgB\": \"b.jpg\",\n}");
        assertThat(node.get("goodsDescImgWeb").isNull()).isTrue();
        assertThat(LenientJson.text(node, "goodsImgB")).isEqualTo("b.jpg");
    }

    @Test
    void shouldFindNamesWithStraySpacesOrOtherCase() {
        JsonNode node = LenientJson.parse("{\"IMG_URL \":\"u\",\"PRICE \":\"10,000\"}");
        assertThat(LenientJson.text(node, "IMG_URL")).isEqualTo("u");
        assertThat(LenientJson.number(node, "PRICE")).isEqualTo(10_000L);
        assertThat(LenientJson.number(node, "MISSING")).isNull();
    }

    @Test
    void shouldRefuseWhatIsNotJsonAtAll() {
        assertThatThrownBy(() -> LenientJson.parse("<html>503</html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LenientJson.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    // issue 12 §4: `{"a":1,` and 20,000 newlines took 4 s of event loop, 80,000 more than 30 s. The repairs are
    // linear now; these inputs finish (a quadratic pattern would not in any sensible time) with the right verdict.
    @Test
    void shouldReadThePathologicalNewlineBodyOfTheIssueInOnePass() {
        String body = "{\"a\":1," + "\n".repeat(80_000);

        assertThat(LenientJson.parse(body).path("a").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRepairHalfQuotedNamesSeparatedByLongRunsOfBlankLines() {
        String body = "{\"a\":1," + "\n".repeat(50_000) + "b\": 2}";

        assertThat(LenientJson.parse(body).path("b").asInt()).isEqualTo(2);
    }

    @Test
    void shouldDropRunsOfStrayClosersInAListOnce() {
        String body = "[\"a\":1" + "}".repeat(100_000) + "]";

        assertThat(LenientJson.parse(body).path(0).path("a").asInt()).isEqualTo(1);
    }

    @Test
    void shouldNotRepairABodyLargerThanTheRepairCap() {
        String valid = "{\"a\":\"" + "x".repeat(LenientJson.MAX_REPAIR) + "\"}";
        String broken = "{\"a\":1\n\"b\":2" + " ".repeat(LenientJson.MAX_REPAIR) + "}";

        assertThat(LenientJson.parse(valid).path("a").asText()).hasSize(LenientJson.MAX_REPAIR);
        assertThatThrownBy(() -> LenientJson.parse(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large to repair");
    }

    @Test
    void shouldRefuseABodyOverTheSizeCap() {
        String huge = "[" + "1,".repeat(LenientJson.MAX_BODY / 2) + "1]";

        assertThatThrownBy(() -> LenientJson.parse(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }
}
