package io.gifticon.providers.pbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderException;
import org.junit.jupiter.api.Test;

/**
 * A popup reply relayed by a client (the POS page) is client input: strict JSON, capped in size, no repairs
 * (issue 12 §4: the lenient repair ran on such bodies).
 */
class PbtReplyStrictTest {

    @Test
    void shouldReadAWellFormedRelayedReply() {
        PbtReply reply = PbtReply.parseStrict("""
                {"status":"200","result":"success","timestamp":"20261122101500",
                 "data":{"errorCode":"200","errorMsg":"","errorMsgUser":"","pointRedeem":1000}}""");

        assertThat(reply.success()).isTrue();
        assertThat(reply.data().pointRedeem()).isEqualTo(1000);
    }

    @Test
    void shouldRefuseWhatOnlyTheLenientReaderWouldRepair() {
        // trailing comma and a missing closing brace: the document's slips, not accepted from a client
        var refusal = catchThrowableOfType(
                ProviderException.class,
                () -> PbtReply.parseStrict("{\"status\":\"200\",\"data\":{\"errorCode\":\"200\",}"));

        assertThat(refusal.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    @Test
    void shouldRefuseTheNewlineFloodAndOversizedBodies() {
        assertThat(catchThrowableOfType(
                        ProviderException.class, () -> PbtReply.parseStrict("{\"a\":1," + "\n".repeat(80_000))))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        ProviderException.class,
                        () -> PbtReply.parseStrict("{\"status\":\"" + "x".repeat(PbtReply.MAX_STRICT) + "\"}")))
                .isNotNull();
    }
}
