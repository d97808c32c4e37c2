package io.gifticon.providers.coufun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gifticon.providers.ProviderUnavailableException;
import io.gifticon.providers.Samples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** coufun-cancel.md §6 replies, decoded by the encoding their prolog declares. */
class CoufunReplyTest {

    static byte[] eucKrReply(String code, String message, String barcode) {
        String xml = "<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n<COUFUNCANCEL>\n  <RESULT_CODE>" + code
                + "</RESULT_CODE>\n  <RESULT_MSG>" + message + "</RESULT_MSG>\n"
                + (barcode == null ? "" : "  <BARCODE_NUM>" + barcode + "</BARCODE_NUM>\n") + "</COUFUNCANCEL>";
        return xml.getBytes(CoufunBytes.EUC_KR);
    }

    @Test
    void shouldReadTheDocumentsSuccessSample() {
        CoufunReply reply = CoufunReply.parse(Samples.bytes("coufun/cancel-ok.xml"));

        assertThat(reply).isEqualTo(new CoufunReply("COUFUNCANCEL", "00", "SUCCESS", "ABC1234567890"));
        assertThat(reply.success()).isTrue();
    }

    @Test
    void shouldReadTheDocumentsFailureSample() {
        CoufunReply reply = CoufunReply.parse(Samples.bytes("coufun/cancel-fail.xml"));

        assertThat(reply).isEqualTo(new CoufunReply("COUFUNCANCEL", "99", "ERROR MESSAGE", null));
        assertThat(reply.success()).isFalse();
    }

    @Test
    void shouldDecodeKoreanByTheDeclaredEucKr() {
        byte[] body = eucKrReply("18", "취소된 쿠폰", "ABC1234567890");
        // the same bytes read as UTF-8 would be garbage: the parser must follow the prolog
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("취소된 쿠폰");

        assertThat(CoufunReply.parse(body).resultMsg()).isEqualTo("취소된 쿠폰");
    }

    @Test
    void shouldTakeAnythingElseAsAnUnreadableReply() {
        assertThatThrownBy(() -> CoufunReply.parse("<html>error</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThatThrownBy(() -> CoufunReply.parse("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void shouldRefuseADoctype() {
        byte[] evil = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<COUFUNCANCEL><RESULT_CODE>&e;</RESULT_CODE></COUFUNCANCEL>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CoufunReply.parse(evil)).isInstanceOf(ProviderUnavailableException.class);
    }
}
