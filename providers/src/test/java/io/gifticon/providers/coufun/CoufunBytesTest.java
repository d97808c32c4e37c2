package io.gifticon.providers.coufun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** coufun-cancel.md §4: limits are EUC-KR bytes — a Hangul syllable is 2 bytes, not 1 character. */
class CoufunBytesTest {

    @Test
    void shouldCountHangulAsTwoBytes() {
        assertThat(CoufunBytes.length("ABC")).isEqualTo(3);
        assertThat(CoufunBytes.length("쿠폰")).isEqualTo(4);
        assertThat(CoufunBytes.length("쿠폰A")).isEqualTo(5);
    }

    @Test
    void shouldRefuseTenCharactersThatAreMoreThanTenBytes() {
        List<String> problems = new ArrayList<>();
        CoufunBytes.required(problems, "GOODS_ID", "상품1234567", CoufunClient.MAX_GOODS_ID); // 8 chars, 11 bytes
        CoufunBytes.required(problems, "POC_ID", "ABCDEFGHIJ", CoufunClient.MAX_POC_ID); // 10 bytes: fine
        assertThat(problems).singleElement().asString().contains("GOODS_ID", "11");
    }

    @Test
    void shouldRefuseWhatEucKrCannotEncode() {
        List<String> problems = new ArrayList<>();
        CoufunBytes.required(problems, "BARCODE_NUM", "🎁123", CoufunClient.MAX_BARCODE_NUM);
        assertThat(CoufunBytes.length("🎁")).isEqualTo(-1);
        assertThat(problems).singleElement().asString().contains("EUC-KR");
    }

    @Test
    void shouldRequireAValue() {
        List<String> problems = new ArrayList<>();
        CoufunBytes.required(problems, "BARCODE_NUM", " ", 30);
        CoufunBytes.required(problems, "GOODS_ID", null, 10);
        assertThat(problems).hasSize(2);
    }
}
